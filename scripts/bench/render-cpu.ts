// npm run bench:cpu [-- --quick] [--renders 200] [--only ranking,report]
// Issue 17: the CPU time of rendering each page in isolation, in Node, over data of the bench's
// volume (props built in memory by scripts/bench/render/, the shapes the routes hand the views).
// Each page is rendered to a string as renderPage does, `--renders` times after a warm-up, and
// the median and p99 CPU ms per render (process.cpuUsage) are printed, with the page's size.
import { takeOptions } from '../lib/args';
import { measure } from './render/measure';
import { BUDGET_MS, FULL, QUICK, renderCases } from './render/pages';

const { options, rest } = takeOptions(process.argv.slice(2), ['renders', 'only'] as const);
const quick = rest.includes('--quick');
const renders = Number(options.renders ?? (quick ? 30 : 200));
const words = options.only?.split(',').filter(Boolean) ?? [];
const cases = renderCases(quick ? QUICK : FULL).filter(
  (c) => words.length === 0 || words.some((w) => c.name.includes(w)),
);

const rows = cases.map((c) => measure(c, renders));
const width = Math.max(...rows.map((r) => r.name.length), 4);
console.info(
  `CPU per render in Node (${renders} renders each, ${quick ? 'quick' : 'bench'} volume), budget ${BUDGET_MS} ms`,
);
console.info(`${'page'.padEnd(width)}  median ms   p99 ms    KiB  volume`);
for (const r of rows) {
  const over = r.median > BUDGET_MS ? '  over budget' : '';
  console.info(
    `${r.name.padEnd(width)}  ${r.median.toFixed(2).padStart(9)}  ${r.p99.toFixed(2).padStart(7)}  ${(r.bytes / 1024).toFixed(0).padStart(5)}  ${r.volume}${over}`,
  );
}
