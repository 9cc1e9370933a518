import type { JSX } from 'hono/jsx/jsx-runtime';

/** One page to render: its name, its budget and a fresh element each time (the route builds one per request). */
export interface RenderCase {
  name: string;
  /** What the props hold, in a few words (the volume the figures are for). */
  volume: string;
  element: () => JSX.Element;
}

export interface RenderFigures {
  name: string;
  volume: string;
  /** CPU milliseconds per render (user + system, process.cpuUsage). */
  median: number;
  p99: number;
  /** Bytes of HTML one render makes. */
  bytes: number;
  renders: number;
}

/**
 * Renders the element to a string synchronously, as `renderPage` does (`page.toString()`); a view
 * that turned asynchronous would hand back a promise, which this refuses rather than time half of.
 */
export function renderOnce(element: JSX.Element): string {
  const html = element.toString();
  if (typeof html !== 'string') throw new Error('the page rendered asynchronously: time it some other way');
  return `<!doctype html>${html}`;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

/**
 * CPU time per render of one page: `warmup` renders first (the JIT and the translator's cached
 * formatters settle, as in a Worker that has served a few requests), then `renders` timed one by
 * one. The props are built before the clock starts; the element (the page's JSX) is built inside it.
 */
export function measure(
  page: RenderCase,
  renders: number,
  warmup = Math.max(5, Math.ceil(renders / 5)),
): RenderFigures {
  let bytes = 0;
  for (let i = 0; i < warmup; i++) bytes = renderOnce(page.element()).length;
  const times: number[] = [];
  for (let i = 0; i < renders; i++) {
    const start = cpuMs();
    renderOnce(page.element());
    times.push(cpuMs() - start);
  }
  times.sort((a, b) => a - b);
  return {
    name: page.name,
    volume: page.volume,
    median: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    bytes,
    renders,
  };
}
