import type { APIRequestContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_EVENT_PAST, DEMO_EVENT_UPCOMING } from '../../worker/seed/demo-events';
import { axeContext, axePages, axeViolations, checkPage } from './axe';
import { useChromium } from './browser';
import {
  api,
  blindNodules,
  blindSolution,
  challengeId,
  inEvaluation,
  openPgx,
  post,
  purgePath as purgeEntryPath,
  solutionsOf,
} from './demo';
import { signInOn } from './people';

const baseURL = inject('baseURL');
const chromium = useChromium();
const pageFor = axePages(chromium);

interface PageCase {
  name: string;
  /** Who looks; anonymous when absent. */
  account?: string;
  path: (request: APIRequestContext) => Promise<string> | string;
}

const ADMIN = 'admin@demo.test';
const CLINICIAN = 'clinician@demo.test';
const EVALUATOR = 'evaluator@demo.test';
const MODERATOR = 'moderator@demo.test';
const SOLVER = 'solver@demo.test';
/** On the shortlist of the demo's two-stage challenge, stage 2 not submitted yet. */
const SHORTLISTED = 'davide.rinaldi@demo.test';
/** The demo's two-stage challenge, open to its shortlist for stage 2. */
const afterStroke = (r: APIRequestContext) => challengeId(r, 'open', 'atrial fibrillation');
const LONG_NOTE = 'Pharmakogenomikdosierungswarnungsverwaltungssystemeinfuhrung';
const purgePath = (r: APIRequestContext) => purgeEntryPath(r, `Dismissed: ${LONG_NOTE}`);

/** Every page type, checked with axe-core (WCAG 2.x A and AA rules and best practices). */
const PAGES: PageCase[] = [
  { name: 'home', path: () => '/' },
  { name: 'sign in', path: () => '/signin' },
  { name: 'register', path: () => '/register' },
  { name: 'challenge browser', path: () => '/challenges' },
  { name: 'challenge browser, decided', path: () => '/challenges?status=decided' },
  { name: 'problem types', path: () => '/problems' },
  { name: 'open data', path: () => '/open-data' },
  { name: 'open data in Romanian', path: () => '/open-data?lang=ro' },
  { name: 'not found', path: () => '/no-such-page' },
  { name: 'home in German', path: () => '/?lang=de' },
  { name: 'register in Romanian', path: () => '/register?lang=ro' },
  { name: 'challenge browser in Italian', path: () => '/challenges?lang=it' },
  { name: 'cluster', path: async (r) => `/clusters/${(await api(r, '/api/v1/clusters')).data[0].slug}` },
  {
    name: 'decided challenge with results',
    path: async (r) => `/challenges/${await challengeId(r, 'decided', 'sepsis')}`,
  },
  { name: 'post a challenge', account: CLINICIAN, path: () => '/challenges/new' },
  { name: 'moderation queue', account: MODERATOR, path: () => '/moderation' },
  { name: 'calls', path: () => '/calls' },
  { name: 'people', path: () => '/people' },
  { name: 'people in Romanian, filtered', path: () => '/people?lang=ro&juror=true' },
  { name: 'expert profile', account: SOLVER, path: () => '/me/profile' },
  { name: 'expert profile in Italian', account: CLINICIAN, path: () => '/me/profile?lang=it' },
  // Issue 16: the partner directory.
  { name: 'partner search', path: () => '/partners' },
  { name: 'partner search, filtered, in German', path: () => '/partners?kind=hospital&offers=pilot_site&lang=de' },
  { name: 'partner search, nothing found', path: () => '/partners?q=zzzz&offers=investment' },
  {
    name: 'organization profile',
    path: async (r) => `/organizations/${(await api(r, '/api/v1/organizations?q=Nordhafen&kind=hospital')).data[0].id}`,
  },
  // Issue 16: suggested matches (the solver's "Suggested challenges" are on their page, below).
  {
    name: 'suggested partners, as the owner',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/partners`,
  },
  {
    name: 'suggested partners in German',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/partners?lang=de`,
  },
  // Issue 16, verified affiliation: a demo hospital's members (a claim waiting) and its profile form.
  {
    name: 'organization members, a claim waiting',
    account: MODERATOR,
    path: async (r) =>
      `/organizations/${(await api(r, '/api/v1/organizations?q=Policlinico&kind=hospital')).data[0].id}/members`,
  },
  {
    name: 'organization profile form, in German',
    account: MODERATOR,
    path: async (r) =>
      `/organizations/${(await api(r, '/api/v1/organizations?q=Nordhafen&kind=hospital')).data[0].id}/edit?lang=de`,
  },
  // Relayed conversations (issue 16): the inbox, the contact form, a conversation (started here,
  // or reopened when the run is repeated).
  { name: 'conversations', account: SOLVER, path: () => '/conversations' },
  {
    name: 'contact an organization, in German',
    account: SOLVER,
    path: async (r) =>
      `/conversations/new?lang=de&about_kind=organization&about_id=${(await api(r, '/api/v1/organizations?q=Nordhafen&kind=hospital')).data[0].id}`,
  },
  {
    name: 'a conversation',
    account: SOLVER,
    path: async (r) => {
      const organization = (await api(r, '/api/v1/organizations?q=Nordhafen&kind=hospital')).data[0].id;
      const started = await post(r, '/api/v1/conversations', {
        about_kind: 'organization',
        about_id: organization,
        subject: 'A pilot of our sepsis alert',
        body: 'Hello,\nwe would like to test our device on one of your wards.',
      });
      return `/conversations/${started.id}`;
    },
  },
  { name: 'new call', account: MODERATOR, path: () => '/calls/new' },
  { name: 'new call in Romanian', account: MODERATOR, path: () => '/calls/new?lang=ro' },
  { name: 'my page, moderator', account: MODERATOR, path: () => '/me' },
  {
    name: 'terms templates, with the form (moderator, German)',
    account: MODERATOR,
    path: async (r) =>
      `/clusters/${(await api(r, `/api/v1/challenges/${await openPgx(r)}`)).cluster.slug}/terms?lang=de`,
  },
  { name: 'my page', account: SOLVER, path: () => '/me' },
  { name: 'delete my account, with what stands in the way', account: SOLVER, path: () => '/me/account/delete' },
  { name: 'my API keys, with the cluster a key may be kept to', account: MODERATOR, path: () => '/me/api-keys' },
  { name: 'account deleted', path: () => '/account-deleted' },
  {
    name: 'open challenge, as a solver (ask, submit)',
    account: SOLVER,
    path: async (r) => `/challenges/${await openPgx(r)}`,
  },
  { name: 'submit a solution', account: SOLVER, path: async (r) => `/challenges/${await openPgx(r)}/solutions/new` },
  {
    name: 'my solution',
    account: SOLVER,
    path: async (r) => `/solutions/${(await solutionsOf(r, await inEvaluation(r))).find((s) => s.mine)?.id}`,
  },
  {
    name: 'challenge in evaluation, as its owner',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}`,
  },
  { name: 'jury', account: CLINICIAN, path: async (r) => `/challenges/${await inEvaluation(r)}/jury` },
  {
    name: 'ranking and decision',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/ranking`,
  },
  {
    name: 'ranking normalised per juror, with agreement',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/ranking?method=normalised`,
  },
  {
    name: 'evaluation report, with charts',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/evaluation-report`,
  },
  { name: 'audit trail', account: MODERATOR, path: async (r) => `/challenges/${await inEvaluation(r)}/audit` },
  {
    name: 'audit trail, as an admin (remove text)',
    account: ADMIN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/audit`,
  },
  { name: 'remove text from an audit entry', account: ADMIN, path: purgePath },
  {
    name: 'solutions, as a jury member',
    account: EVALUATOR,
    path: async (r) => `/challenges/${await inEvaluation(r)}/solutions`,
  },
  {
    name: 'solutions reviewed blind, as a jury member',
    account: EVALUATOR,
    path: async (r) => `/challenges/${await blindNodules(r)}/solutions`,
  },
  {
    name: 'a solution reviewed blind, as a jury member',
    account: EVALUATOR,
    path: async (r) => `/solutions/${await blindSolution(r)}`,
  },
  {
    name: 'score a solution',
    account: EVALUATOR,
    path: async (r) =>
      `/solutions/${(await solutionsOf(r, await inEvaluation(r))).find((s) => s.my_conflict === false)?.id}`,
  },
  {
    name: 'stage editor of a draft',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await challengeId(r, 'draft', 'Kaskadentestung')}/stages`,
  },
  // Issue 15: a call, a challenge in its second stage, a solution's stages, cooperations, impact.
  { name: 'call page', path: async (r) => `/calls/${(await api(r, '/api/v1/calls')).items[0].id}` },
  {
    name: 'two-stage challenge in stage 2, with its timeline',
    path: async (r) => `/challenges/${await afterStroke(r)}`,
  },
  {
    name: 'a shortlisted solution with stage 2 to submit, and its outcome in stage 1',
    account: SHORTLISTED,
    path: async (r) => `/solutions/${(await solutionsOf(r, await afterStroke(r))).find((s) => s.mine)?.id}`,
  },
  {
    name: 'the solution form with what stage 2 asks for (Italian)',
    account: SHORTLISTED,
    path: async (r) =>
      `/solutions/${(await solutionsOf(r, await afterStroke(r))).find((s) => s.mine)?.id}/edit?lang=it`,
  },
  {
    name: 'a solution’s outcome per stage, as the owner (German)',
    account: CLINICIAN,
    path: async (r) => `/solutions/${(await solutionsOf(r, await afterStroke(r)))[0]?.id}?lang=de`,
  },
  {
    name: 'ranking of stage 1 of a two-stage challenge',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await afterStroke(r)}/ranking?stage=1`,
  },
  {
    name: 'cooperation page, public',
    path: async (r) => `/cooperations/${(await api(r, '/api/v1/cooperations')).data[0].id}`,
  },
  { name: 'impact stories of a cluster', path: () => '/clusters/life-science-nord/impact-stories' },
  { name: 'impact figures of a cluster, public', path: () => '/clusters/life-science-nord/impact' },
  {
    name: 'impact dashboard of a cluster, moderator',
    account: MODERATOR,
    path: () => '/clusters/life-science-nord/impact',
  },
  // Issue 16: matchmaking events (the demo's upcoming partnering day and its past exchange day).
  { name: 'events', path: () => '/events' },
  { name: 'past events, in Romanian', path: () => '/events?when=past&lang=ro' },
  { name: 'event, anonymous', path: () => `/events/${DEMO_EVENT_UPCOMING}` },
  {
    name: 'event, registered with a request waiting, in German',
    account: CLINICIAN,
    path: () => `/events/${DEMO_EVENT_UPCOMING}?lang=de`,
  },
  { name: 'event, organiser (every meeting)', account: MODERATOR, path: () => `/events/${DEMO_EVENT_UPCOMING}` },
  { name: 'new event', account: MODERATOR, path: () => '/events/new' },
  {
    name: 'change an event, in Italian',
    account: MODERATOR,
    path: () => `/events/${DEMO_EVENT_UPCOMING}/edit?lang=it`,
  },
  { name: 'past event with follow-ups, in Italian', account: SOLVER, path: () => `/events/${DEMO_EVENT_PAST}?lang=it` },
];

describe('accessibility (axe-core)', () => {
  it('the check itself sees a violation, on a page it navigated to and on content set without navigating', async () => {
    // axe arrives as the context's init script (newAxeContext) or is injected when missing; either
    // way an image without a text alternative must be reported, or every "no violations" is hollow.
    const page = await pageFor(undefined);
    await page.goto('/');
    // Already there, from the init script: nothing to inject.
    await expect(page.evaluate(() => 'axe' in globalThis)).resolves.toBe(true);
    await page.locator('main').evaluate((main) => main.insertAdjacentHTML('beforeend', '<img src="/robots.txt">'));
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="/robots.txt"></main></html>');
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
  });

  for (const { name, account, path } of PAGES) {
    it(`${name} has no axe violations`, async () => {
      const page = await pageFor(account);
      await checkPage(page, await path(page.context().request), account !== undefined);
    });
  }

  it('the conflict declaration a new jury member sees has no axe violations', async () => {
    // A moderator puts the demo evaluator on the jury of an open challenge with a submitted solution.
    const moderator = await axeContext(chromium, MODERATOR);
    const id = await openPgx(moderator.request);
    const [solution] = await solutionsOf(moderator.request, id);
    const invited = await moderator.request.post(`/challenges/${id}/jury`, {
      form: { email: EVALUATOR },
      headers: { Origin: baseURL },
      maxRedirects: 0,
    });
    expect(invited.status()).toBe(303);
    await moderator.close();

    // The evaluator accepts from their page (the address is the proof), then opens the solution.
    const evaluator = await axeContext(chromium);
    const page = await evaluator.newPage();
    await signInOn(page, EVALUATOR);
    await page
      .locator('form', { has: page.getByRole('button', { name: /^Accept the invitation: Pharmacogenomic/ }) })
      .first()
      .getByRole('button')
      .click();
    await page.waitForURL(`**/challenges/${id}/solutions?done=joined`);
    await checkPage(page, `/solutions/${solution?.id}`, true);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Declare a conflict of interest');
    await evaluator.close();
  });
});
