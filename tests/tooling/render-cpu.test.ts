import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/bench/render/measure';
import { BUDGET_MS, QUICK, renderCases } from '../../scripts/bench/render/pages';

// Issue 17: every page renders in under 5 ms of CPU at the bench's volume (`npm run bench:cpu`
// says the figures). Here the quick volume (50 solutions) and the median of 15 renders, so a view
// that turns slow (a formatter built per row, a lookup per cell) fails `npm test`. The budget
// has a margin for two cores shared with the workerd projects: the median, not the p99, and
// twice the goal, since a loaded machine stretches CPU time too (cache misses, frequency).
// A clean-clone CI run saw the report page's median pass 10 ms at this volume while the workerd
// projects ran beside it: four times the goal.
const MARGIN = 4;

describe('the CPU time of rendering each page (quick volume)', () => {
  for (const page of renderCases(QUICK)) {
    it(`${page.name}: median under ${BUDGET_MS * MARGIN} ms`, () => {
      const figures = measure(page, 15);
      expect(figures.bytes).toBeGreaterThan(1000);
      expect(figures.median, `${page.name}: ${figures.median.toFixed(2)} ms`).toBeLessThan(BUDGET_MS * MARGIN);
    });
  }
});
