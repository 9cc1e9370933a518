import { challengePage } from './challenge';
import { partnersPage, peoplePage } from './directory';
import { conflictsPage, type JudgingVolume, juryPage, rankingPage, reportPage, scorePage } from './evaluation';
import { impactPage } from './impact';
import { inboxPage } from './inbox';
import type { RenderCase } from './measure';
import { conversationPage, myPage } from './personal';
import { callPage, cataloguePage, clusterPage, homePage } from './public';
import { solutionPage } from './solution';
import { auditPage, solutionsPage } from './working';

/** The volumes of `npm run bench` (seedJudging: 1 000 solutions × 20 jurors) and of its `--quick`. */
export const FULL: JudgingVolume = { solutions: 1_000, jurors: 20 };
export const QUICK: JudgingVolume = { solutions: 50, jurors: 20 };

/**
 * A CPU budget per render: issue 17 asks for every page under 5 ms at the bench's volume. The
 * test (tests/tooling/render-cpu.test.ts) holds each page's median to it.
 */
export const BUDGET_MS = 5;

/** Every working and public page the render benchmark times, with props of the given volume. */
export const renderCases = (v: JudgingVolume): RenderCase[] => [
  rankingPage(v),
  reportPage(v),
  juryPage(v),
  conflictsPage(v),
  scorePage(),
  solutionsPage(v),
  auditPage(),
  solutionPage(),
  cataloguePage(),
  homePage(),
  clusterPage(),
  callPage(),
  challengePage(),
  inboxPage(),
  myPage(),
  conversationPage(),
  impactPage(),
  partnersPage(),
  peoplePage(),
];
