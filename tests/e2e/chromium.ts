import type { LaunchOptions } from 'playwright-core';

/** Debian's Chromium; we never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How the browser tests' Chromium starts (global-setup.ts starts one for the whole run).
 * `--renderer-process-limit=1`: the browser tests are bound by Chromium's CPU on two cores (about
 * 70 % of the machine while they run), much of it starting renderer processes for new contexts and
 * tabs; with the limit, accessibility and layout took 104–113 s instead of 121–131 s (three runs of
 * each, interleaved). GPU flags (`--in-process-gpu`, `--disable-gpu-compositing`) changed nothing.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--renderer-process-limit=1',
  ],
} satisfies LaunchOptions;
