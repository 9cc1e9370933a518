import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The Worker as `wrangler deploy` would upload it (issue 17 "Bundle"): built by wrangler itself
 * (`--dry-run`, nothing leaves the machine) with the project's wrangler.toml, so `minify`, the
 * aliases and every dependency count exactly as in production. The budget is what it weighs
 * today (699 KiB gzipped, minified) plus room for a few parcels of growth; pulling a heavy
 * dependency or turning minification off (888 KiB) fails here. Issue 17 aims at 250 KiB: out of
 * reach while the four languages' texts (about 140 KiB gzipped) and the application code
 * (about 300 KiB) ship in one module.
 */
const BUDGET_KIB = 750;

const out = mkdtempSync(join(tmpdir(), 'bedside-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the Worker bundle', () => {
  it(`is minified and at most ${BUDGET_KIB} KiB gzipped`, { timeout: 120_000 }, () => {
    const log = execFileSync('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--outdir', out], {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const modules = readdirSync(out).filter((f) => /\.(js|mjs|wasm)$/.test(f));
    expect(modules).toContain('index.js');
    const bytes = modules.map((f) => readFileSync(join(out, f)));
    const raw = bytes.reduce((sum, b) => sum + b.length, 0) / 1024;
    const gzipped = bytes.reduce((sum, b) => sum + gzipSync(b).length, 0) / 1024;
    // What wrangler reports for the upload agrees with what is measured here.
    const reported = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(log);
    expect(reported, log).not.toBeNull();
    expect(Math.abs(Number(reported?.[2]) - gzipped)).toBeLessThan(gzipped * 0.02);
    // Minified: one long line per few kilobytes, not source layout (unminified it is ~4 MB).
    const index = readFileSync(join(out, 'index.js'), 'utf8');
    expect(index.split('\n').length).toBeLessThan(index.length / 1000);
    expect(raw).toBeLessThan(3 * 1024);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_KIB);
  });
});
