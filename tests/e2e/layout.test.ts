import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot, useChromium } from './browser';
import {
  api,
  blindSolution,
  challengeId,
  inEvaluation,
  openPgx,
  post,
  purgePath as purgeEntryPath,
  solutionsOf,
} from './demo';
import { inDays, signInOn } from './people';

/**
 * Every page type, as a person on a phone (375 px) and on a desktop (1280 px) sees it, without
 * JavaScript: nothing scrolls the page sideways on the phone, and no table is cut off: each one
 * fits its box or scrolls inside a labelled, focusable box that shows there is more. Long
 * unbroken words in what people write, and form errors, must not widen a page either. With
 * `npm run screenshots`, each page leaves test-results/screenshots/<page>-1280.jpg and <page>-375.jpg
 * (the README's pictures).
 */

const baseURL = inject('baseURL');
const chromium = useChromium();

const ADMIN = 'admin@demo.test';
const CLINICIAN = 'clinician@demo.test';
const EVALUATOR = 'evaluator@demo.test';
const MODERATOR = 'moderator@demo.test';
const SOLVER = 'solver@demo.test';
/** Owner of demo challenges in changes_requested and rejected. */
const CLINICIAN_IMAGO = 'mihai.ciobanu@demo.test';
const ACCOUNTS = [ADMIN, CLINICIAN, EVALUATOR, MODERATOR, SOLVER, CLINICIAN_IMAGO] as const;
type Account = (typeof ACCOUNTS)[number];

/** A 60-letter word with no place to break, as people paste gene panels, URLs or German compounds. */
const LONG_WORD = 'Pharmakogenomikdosierungswarnungsverwaltungssystemeinfuhrung';

/** 90 characters without a place to break (issue 13: it made the home page 780 px wide at 360). */
const TOKEN_90 = `ACGT${'TTAGGGCCAATCGG'.repeat(6)}${'X'.repeat(2)}`;

const purgePath = (r: APIRequestContext) => purgeEntryPath(r, `Dismissed: ${LONG_WORD}`);

/** A challenge whose title and summary carry `word` (LONG_WORD): a draft, in review, or published. */
async function longWordChallenge(
  owner: APIRequestContext,
  moderator: APIRequestContext,
  stage: 'draft' | 'in_review' | 'open',
  word = LONG_WORD,
  deadlineInDays = 40,
) {
  const draft = await post(owner, '/api/v1/challenges', {
    cluster: 'life-science-nord',
    title: `${word} at the ward`,
    summary: `We need a ${word} that pharmacists and physicians both trust.`,
    problem_statement: `Alerts arrive too late; ${word} is what the vendor calls it.`,
    clinical_context: 'University hospital, 1 400 beds.',
    indication: word,
    care_pathway_step: 'diagnosis',
    patient_population: 'Adults starting drugs with pharmacogenomic guidance',
    standard_of_care: 'No genotype-guided alerts',
    target_outcome: 'Alerts at the point of prescribing',
    outcome_kpi: 'Share of guided prescriptions ≥ 80 %',
    regulation: 'ivdr',
    device_class: 'C',
    ce_marking_required: true,
    data_on_offer: 'pseudonymised',
    involves_patient_data: true,
    integration_needs: `HL7 FHIR; ${word}`,
    trl_min: 4,
    trl_max: 7,
    reward_kind: 'pilot',
    reward_details: 'Six-month pilot.',
    deadline: new Date(`${inDays(deadlineInDays)}T12:00:00Z`).toISOString(),
    language: 'en',
    visibility: 'public',
    tags: ['pharmacogenomics'],
  });
  if (stage !== 'draft') await post(owner, `/api/v1/challenges/${draft.id}/transitions`, { action: 'submit' });
  if (stage === 'open') await post(moderator, `/api/v1/challenges/${draft.id}/transitions`, { action: 'approve' });
  return draft.id as string;
}

/**
 * A challenge with participation terms (issue 14) that say submissions are not confidential, and the
 * solver's draft on it with the accept step: made once, on first use.
 */
let withTerms: Promise<{ challenge: string; solution: string }> | undefined;
function termsWorld() {
  withTerms ??= (async () => {
    const owner = (await contextFor(CLINICIAN)).request;
    const moderator = (await contextFor(MODERATOR)).request;
    const solver = (await contextFor(SOLVER)).request;
    const key = `layout-${Date.now()}`;
    await post(moderator, '/api/v1/clusters/life-science-nord/terms', {
      key,
      language: 'en',
      title: `Participation terms with a ${LONG_WORD}`,
      body_md: `## Confidentiality\n\nWhat you send may be shared. ${LONG_WORD}.\n\n- One\n- Two`,
      confidentiality: 'not_confidential',
      ip_option: 'licence_after_decision',
      clinic_use: `The clinic may use what it learns for its own care pathways; ${LONG_WORD}.`,
      data_access: 'Pseudonymised data under a data-use agreement.',
    });
    const challenge = await longWordChallenge(owner, moderator, 'draft');
    const set = await owner.put(`/api/v1/challenges/${challenge}/terms`, {
      data: { template_key: key },
      headers: { Origin: baseURL },
    });
    expect(set.status(), await set.text()).toBe(200);
    await post(owner, `/api/v1/challenges/${challenge}/transitions`, { action: 'submit' });
    await post(moderator, `/api/v1/challenges/${challenge}/transitions`, { action: 'approve' });
    const solution = await post(solver, `/api/v1/challenges/${challenge}/solutions`, {
      title: 'Genotype-guided alerts at the point of prescribing',
      summary: 'Alerts from the genotype at the moment a drug is prescribed, in the HIS.',
      approach: 'A CDS hooks service reading the genotype from the lab system.',
      trl: 5,
    });
    return { challenge, solution: solution.id as string };
  })();
  return withTerms;
}

interface PageCase {
  /** The screenshots' name: <name>-1280.jpg and <name>-375.jpg. */
  name: string;
  /** Who looks; anonymous when absent. */
  account?: Account;
  path: (request: APIRequestContext) => Promise<string> | string;
  /** What the page answers: 200 unless said. */
  status?: number;
  /** Language of the page (`?lang=`); English unless said. */
  lang?: 'en' | 'de' | 'it' | 'ro';
  /** Makes the page show its form errors, as a person who sends the form too early. */
  submit?: (page: Page) => Promise<void>;
}

/** Sends the main form of the page as it is (empty, or as `fill` left it). */
const sendForm =
  (form: string, fill: Record<string, string> = {}) =>
  async (page: Page) => {
    for (const [selector, value] of Object.entries(fill)) await page.locator(selector).fill(value);
    await Promise.all([page.waitForEvent('load'), page.locator(`${form} [type="submit"]`).first().click()]);
    expect(await page.locator('.field-error, .error-summary').count(), 'form errors are shown').toBeGreaterThan(0);
  };

/** Ids made once: the long-word challenges (a draft, one in review, one published). */
const made: { draft?: string; inReview?: string; published?: string } = {};

/** An email in the development mailbox: the newest, or the newest with a link to `path` (that link, then). */
async function mailboxLink(request: APIRequestContext, path?: string): Promise<string> {
  const list = await (await request.get('/dev/mailbox')).text();
  const ids = [...list.matchAll(/href="\/dev\/mailbox\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
  expect(ids.length, 'emails in the development mailbox').toBeGreaterThan(0);
  if (!path) return `/dev/mailbox/${ids[0]}`;
  for (const id of ids) {
    const mail = await (await request.get(`/dev/mailbox/${id}`)).text();
    const link = new RegExp(`href="https?://[^/"]+(${path}\\?[^"]+)"`).exec(mail)?.[1];
    if (link) return link.replaceAll('&amp;', '&');
  }
  throw new Error(`no email links to ${path}`);
}

/** The demo's Italian hospital, with a claim waiting (worker/seed/demo-affiliation.ts). */
const policlinico = async (r: APIRequestContext) =>
  `/organizations/${(await api(r, '/api/v1/organizations?q=Policlinico&kind=hospital')).data[0].id}`;

const PAGES: PageCase[] = [
  { name: 'home', path: () => '/' },
  { name: 'home-de', path: () => '/', lang: 'de' },
  { name: 'catalogue', path: () => '/challenges' },
  { name: 'catalogue-signed-in-ro', account: SOLVER, path: () => '/challenges', lang: 'ro' },
  {
    name: 'catalogue-bad-filter',
    path: () => '/challenges?deadline_before=someday',
    status: 400,
  },
  { name: 'cluster', path: async (r) => `/clusters/${(await api(r, '/api/v1/clusters')).data[0].slug}` },
  {
    name: 'terms-templates-moderator',
    account: MODERATOR,
    path: async (r) => `/clusters/${(await api(r, `/api/v1/challenges/${await openPgx(r)}`)).cluster.slug}/terms`,
  },
  {
    name: 'challenge-draft',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await challengeId(r, 'draft', 'Kaskadentestung')}`,
  },
  {
    name: 'challenge-in-review',
    account: MODERATOR,
    path: async (r) => `/challenges/${await challengeId(r, 'in_review', 'HER2')}`,
  },
  {
    name: 'challenge-changes-requested',
    account: CLINICIAN_IMAGO,
    path: async (r) => `/challenges/${await challengeId(r, 'changes_requested', 'rehabilitation')}`,
  },
  { name: 'challenge-open', account: SOLVER, path: async (r) => `/challenges/${await openPgx(r)}` },
  { name: 'challenge-evaluation', account: CLINICIAN, path: async (r) => `/challenges/${await inEvaluation(r)}` },
  { name: 'challenge-decided', path: async (r) => `/challenges/${await challengeId(r, 'decided', 'sepsis')}` },
  {
    name: 'challenge-decided-it',
    path: async (r) => `/challenges/${await challengeId(r, 'decided', 'sepsis')}`,
    lang: 'it',
  },
  { name: 'challenge-archived', path: async (r) => `/challenges/${await challengeId(r, 'archived', 'exomes')}` },
  {
    name: 'challenge-rejected',
    account: CLINICIAN_IMAGO,
    path: async (r) => `/challenges/${await challengeId(r, 'rejected', 'retinopathy')}`,
  },
  {
    name: 'challenge-withdrawn',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await challengeId(r, 'withdrawn', 'bed management')}`,
  },
  { name: 'challenge-long-word', path: () => `/challenges/${made.published}` },
  { name: 'challenge-long-word-in-review', account: MODERATOR, path: () => `/challenges/${made.inReview}` },
  { name: 'catalogue-long-word', path: () => '/challenges?sort=newest' },
  { name: 'home-long-word', path: () => '/' },
  { name: 'cluster-long-word', path: () => '/clusters/life-science-nord' },
  { name: 'post-form', account: CLINICIAN, path: () => '/challenges/new' },
  {
    name: 'post-form-errors',
    account: CLINICIAN,
    path: () => '/challenges/new',
    status: 400,
    submit: sendForm('main form[method="post"]', { '#title': LONG_WORD }),
  },
  {
    name: 'edit-form',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await challengeId(r, 'draft', 'Kaskadentestung')}/edit`,
  },
  { name: 'edit-form-long-word', account: CLINICIAN, path: () => `/challenges/${made.draft}/edit` },
  { name: 'solution-form', account: SOLVER, path: async (r) => `/challenges/${await openPgx(r)}/solutions/new` },
  { name: 'challenge-terms', path: async () => `/challenges/${(await termsWorld()).challenge}` },
  {
    name: 'solution-form-terms',
    account: SOLVER,
    path: async () => `/challenges/${(await termsWorld()).challenge}/solutions/new`,
  },
  { name: 'solution-accept-terms', account: SOLVER, path: async () => `/solutions/${(await termsWorld()).solution}` },
  {
    name: 'solution-form-errors',
    account: SOLVER,
    path: async (r) => `/challenges/${await openPgx(r)}/solutions/new`,
    status: 400,
    submit: sendForm('main form[method="post"]'),
  },
  {
    name: 'solution',
    account: SOLVER,
    path: async (r) => `/solutions/${(await solutionsOf(r, await inEvaluation(r))).find((s) => s.mine)?.id}`,
  },
  {
    name: 'score-form',
    account: EVALUATOR,
    path: async (r) =>
      `/solutions/${(await solutionsOf(r, await inEvaluation(r))).find((s) => s.my_conflict === false)?.id}`,
  },
  { name: 'jury', account: CLINICIAN, path: async (r) => `/challenges/${await inEvaluation(r)}/jury` },
  { name: 'jury-de', account: CLINICIAN, path: async (r) => `/challenges/${await inEvaluation(r)}/jury`, lang: 'de' },
  { name: 'ranking', account: CLINICIAN, path: async (r) => `/challenges/${await inEvaluation(r)}/ranking` },
  { name: 'partners', account: CLINICIAN, path: async (r) => `/challenges/${await inEvaluation(r)}/partners` },
  {
    name: 'partners-ro',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/partners`,
    lang: 'ro',
  },
  {
    name: 'evaluation-report',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/evaluation-report`,
  },
  {
    name: 'evaluation-report-ro',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/evaluation-report`,
    lang: 'ro',
  },
  {
    name: 'ranking-normalised',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/ranking?method=normalised`,
  },
  {
    name: 'ranking-de',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await inEvaluation(r)}/ranking`,
    lang: 'de',
  },
  { name: 'solutions-list', account: EVALUATOR, path: async (r) => `/challenges/${await inEvaluation(r)}/solutions` },
  { name: 'solution-blind-juror', account: EVALUATOR, path: async (r) => `/solutions/${await blindSolution(r)}` },
  { name: 'audit-trail', account: MODERATOR, path: async (r) => `/challenges/${await inEvaluation(r)}/audit` },
  { name: 'audit-purge', account: ADMIN, path: purgePath },
  { name: 'audit-purge-de', account: ADMIN, path: purgePath, lang: 'de' },
  { name: 'moderation-queue', account: MODERATOR, path: () => '/moderation' },
  { name: 'my-page', account: SOLVER, path: () => '/me' },
  { name: 'my-page-clinician-de', account: CLINICIAN, path: () => '/me', lang: 'de' },
  { name: 'notifications', account: CLINICIAN, path: () => '/me/notifications' },
  { name: 'notification-preferences', account: SOLVER, path: () => '/me/notifications/preferences' },
  { name: 'saved-searches', account: SOLVER, path: () => '/me/saved-searches' },
  { name: 'account-settings', account: SOLVER, path: () => '/me/account' },
  { name: 'api-keys', account: MODERATOR, path: () => '/me/api-keys' },
  { name: 'api-keys-ro', account: MODERATOR, path: () => '/me/api-keys', lang: 'ro' },
  {
    name: 'api-keys-errors',
    account: MODERATOR,
    path: () => '/me/api-keys',
    status: 400,
    submit: sendForm('form[action="/me/api-keys"]'),
  },
  {
    name: 'account-settings-errors',
    account: SOLVER,
    path: () => '/me/account',
    status: 400,
    submit: sendForm('form[action="/me/account/password"]'),
  },
  { name: 'sign-in', path: () => '/signin' },
  { name: 'sign-in-errors', path: () => '/signin', status: 400, submit: sendForm('main form[action="/signin"]') },
  { name: 'register', path: () => '/register' },
  {
    name: 'register-errors',
    path: () => '/register',
    status: 400,
    submit: sendForm('main form[action="/register"]'),
  },
  {
    name: 'register-errors-long-words-de',
    path: () => '/register',
    lang: 'de',
    status: 400,
    // Long words in every field, an organization without a kind and a country that is not a code.
    submit: sendForm('main form[action="/register"]', {
      '#name': LONG_WORD,
      '#email': `${LONG_WORD}@${LONG_WORD}.example`,
      '#password': 'short',
      '[id="organization.name"]': LONG_WORD,
      '[id="organization.country"]': 'Deutschland',
    }),
  },
  { name: 'forgot-password', path: () => '/forgot-password' },
  {
    name: 'forgot-password-errors',
    path: () => '/forgot-password',
    status: 400,
    submit: sendForm('main form[method="post"]'),
  },
  { name: 'reset-password', path: (r) => mailboxLink(r, '/reset-password') },
  { name: 'reset-password-bad-link', path: () => '/reset-password?token=not-a-real-link', status: 400 },
  // Deleting an account: what stands in the way (the demo solver has a solution in an open
  // challenge), the password form, and the page after.
  { name: 'delete-account-blocked', account: SOLVER, path: () => '/me/account/delete' },
  { name: 'delete-account-de', account: CLINICIAN_IMAGO, path: () => '/me/account/delete', lang: 'de' },
  { name: 'account-deleted', path: () => '/account-deleted' },
  { name: 'admin-emails', account: ADMIN, path: () => '/admin/emails' },
  { name: 'dev-mailbox', path: () => '/dev/mailbox' },
  { name: 'dev-mail', path: (r) => mailboxLink(r) },
  { name: 'error-not-found', path: () => '/no-such-page', status: 404 },
  { name: 'privacy', path: () => '/privacy' },
  { name: 'privacy-de', path: () => '/privacy', lang: 'de' },
  { name: 'terms', path: () => '/terms' },
  { name: 'terms-ro', path: () => '/terms', lang: 'ro' },
  { name: 'imprint', path: () => '/imprint' },
  { name: 'imprint-it', path: () => '/imprint', lang: 'it' },
  { name: 'open-data', path: () => '/open-data' },
  { name: 'open-data-de', path: () => '/open-data', lang: 'de' },
  { name: 'calls', path: () => '/calls' },
  { name: 'call-new', account: MODERATOR, path: () => '/calls/new' },
  {
    name: 'call-new-errors-it',
    account: MODERATOR,
    path: () => '/calls/new',
    lang: 'it',
    status: 400,
    submit: sendForm('main form[method="post"]', { '#title': LONG_WORD }),
  },
  { name: 'my-page-moderator', account: MODERATOR, path: () => '/me' },
  {
    name: 'stage-editor',
    account: CLINICIAN,
    path: async (r) => `/challenges/${await challengeId(r, 'draft', 'Kaskadentestung')}/stages`,
  },
  // Issue 16, verified affiliation: a demo hospital's members (a claim waiting) and its profile form.
  { name: 'organization-members', account: MODERATOR, path: async (r) => `${await policlinico(r)}/members` },
  { name: 'organization-edit-ro', account: MODERATOR, path: async (r) => `${await policlinico(r)}/edit`, lang: 'ro' },
];

interface TableLook {
  caption: string;
  /** The table fits the box it sits in. */
  fits: boolean;
  /** It does not, and its box scrolls sideways. */
  scrolls: boolean;
  /** The scrolling box has a name, a tab stop, shadows at its edges and says "scroll sideways". */
  labelled: boolean;
  focusable: boolean;
  shadows: boolean;
  hint: boolean;
  /** The box itself ends inside the page. */
  inside: boolean;
}

/** Each table in the main content and the box that holds it: the nearest that scrolls, else main. */
const tablesOn = (page: Page) =>
  page.evaluate<TableLook[]>(`(() => [...document.querySelectorAll('main table')].map((table) => {
    let box = table.parentElement;
    while (box.tagName !== 'MAIN' && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
    const style = getComputedStyle(box);
    const hint = box.querySelector('.table-scroll-hint');
    const width = Math.max(table.scrollWidth, table.getBoundingClientRect().width);
    return {
      caption: (table.caption?.textContent ?? table.querySelector('th')?.textContent ?? '').trim().slice(0, 60),
      fits: width <= box.clientWidth + 1,
      scrolls: style.overflowX === 'auto' || style.overflowX === 'scroll',
      labelled: Boolean(box.getAttribute('aria-label') || box.getAttribute('aria-labelledby')),
      focusable: box.tabIndex >= 0,
      shadows: style.backgroundImage.includes('gradient') && style.backgroundAttachment.includes('local'),
      hint: Boolean(hint && hint.getBoundingClientRect().height > 0),
      inside: box.getBoundingClientRect().right <= document.documentElement.clientWidth + 1,
    };
  }))()`);

/** How wide the document really is: no wider than the viewport means nothing to scroll sideways. */
const documentWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

/** No table is cut off: it fits, or it scrolls in its own box that says so and can be reached by keyboard. */
async function expectNoClippedTable(page: Page, where: string) {
  // The browser decides whether a box scrolls (and so shows its hint) when it next draws the page,
  // one frame after a resize: look again until what it shows has settled.
  await expect
    .poll(async () => (await tablesOn(page)).every((table) => table.fits || table.hint), { timeout: 2_000 })
    .toBe(true)
    .catch(() => undefined);
  for (const table of await tablesOn(page)) {
    const what = `${where}: table "${table.caption}"`;
    expect(table.inside, `${what} stays inside the page`).toBe(true);
    if (table.fits) continue;
    expect(table, `${what} is wider than its box, which must scroll visibly`).toMatchObject({
      scrolls: true,
      labelled: true,
      focusable: true,
      shadows: true,
      hint: true,
    });
  }
}

const withLang = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

/** One signed-in browser context per demo account, without JavaScript, signed in once. */
const contexts = new Map<Account | 'anonymous', BrowserContext>();
async function contextFor(account: Account | undefined): Promise<BrowserContext> {
  const key = account ?? 'anonymous';
  let context = contexts.get(key);
  if (!context) {
    context = await chromium.current.newContext({ javaScriptEnabled: false, baseURL });
    if (account) {
      const page = await context.newPage();
      await signInOn(page, account);
      await page.close();
    }
    contexts.set(key, context);
  }
  return context;
}

/** One tab per account for the pages below, kept open: a new tab for each page cost a renderer process each. */
const tabs = new Map<Account | 'anonymous', Page>();
async function tabFor(account: Account | undefined): Promise<Page> {
  const key = account ?? 'anonymous';
  let tab = tabs.get(key);
  if (!tab) {
    tab = await (await contextFor(account)).newPage();
    tabs.set(key, tab);
  }
  return tab;
}

beforeAll(async () => {
  // An email in the development mailbox (the mailbox pages have a table then): a reset link.
  const visitor = await contextFor(undefined);
  await visitor.request.post('/forgot-password', { form: { email: SOLVER }, headers: { Origin: baseURL } });
  const owner = (await contextFor(CLINICIAN)).request;
  const moderator = (await contextFor(MODERATOR)).request;
  made.draft = await longWordChallenge(owner, moderator, 'draft');
  made.inReview = await longWordChallenge(owner, moderator, 'in_review');
  made.published = await longWordChallenge(owner, moderator, 'open');
});

afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

describe('layout at 375 and 1280 px, without JavaScript', () => {
  for (const { name, account, path, status = 200, lang = 'en', submit } of PAGES) {
    it(`${name}: nothing scrolls the page sideways on a phone, no table is cut off`, async () => {
      const page = await tabFor(account);
      await page.setViewportSize({ width: 1280, height: 800 });
      const address = withLang(await path(page.context().request), lang);
      const res = await page.goto(address);
      if (submit) await submit(page);
      else expect(res?.status(), address).toBe(status);

      expect(await documentWidth(page), `${address} at 1280 px`).toBeLessThanOrEqual(1280);
      await expectNoClippedTable(page, `${address} at 1280 px`);
      await screenshot(page, `${name}-1280`);

      await page.setViewportSize({ width: 375, height: 800 });
      expect(await documentWidth(page), `${address} at 375 px`).toBeLessThanOrEqual(375);
      await expectNoClippedTable(page, `${address} at 375 px`);
      await screenshot(page, `${name}-375`);
    });
  }
});

describe('the evaluation report on paper', () => {
  it('prints on A4 without navigation or forms, and no table wider than the page', async () => {
    const context = await contextFor(CLINICIAN);
    const page = await context.newPage();
    const address = `/challenges/${await inEvaluation(context.request)}/evaluation-report?lang=en`;
    expect((await page.goto(address))?.status(), address).toBe(200);
    await page.emulateMedia({ media: 'print' });
    // A4 is 210 mm wide; less 2 × 15 mm of margin that leaves 180 mm, 680 CSS pixels.
    await page.setViewportSize({ width: 680, height: 1000 });
    const looks = await page.evaluate<{ hidden: boolean; tables: { fits: boolean; caption: string }[] }>(`(() => ({
      hidden: ['.site-header', '.site-footer', '.challenge-nav ul', '.report-downloads']
        .every((selector) => [...document.querySelectorAll(selector)].every((e) => getComputedStyle(e).display === 'none')),
      tables: [...document.querySelectorAll('main table')].map((table) => ({
        caption: (table.querySelector('th')?.textContent ?? '').trim().slice(0, 40),
        fits: table.getBoundingClientRect().right <= document.documentElement.clientWidth + 1,
      })),
    }))()`);
    expect(looks.hidden, 'navigation and downloads are not printed').toBe(true);
    expect(looks.tables.length).toBeGreaterThan(0);
    for (const table of looks.tables) expect(table.fits, `table "${table.caption}" fits A4`).toBe(true);
    expect(await documentWidth(page), 'nothing wider than A4').toBeLessThanOrEqual(680);
    await screenshot(page, 'evaluation-report-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, 'pages in the PDF').toBeGreaterThan(0);
    await page.close();
  });
});

describe('a table wider than a phone', () => {
  it('scrolls in its own labelled box, which says so and scrolls with the arrow keys', async () => {
    // The development mailbox lists emails in a table of four columns: wider than 375 px.
    const page = await (await contextFor(undefined)).newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/dev/mailbox?lang=en');
    const [table] = await tablesOn(page);
    expect(table, 'the mailbox lists the reset email in a table').toBeDefined();
    expect(table).toMatchObject({ fits: false, scrolls: true, labelled: true, focusable: true, shadows: true });
    await expect(page.getByText('Scroll sideways to see every column.').isVisible()).resolves.toBe(true);
    expect(await documentWidth(page)).toBeLessThanOrEqual(375);

    const box = page.locator('main [tabindex="0"]:has(table)').first();
    await box.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // Chromium scrolls smoothly: the box moves over a few frames.
    await expect.poll(() => box.evaluate((el) => el.scrollLeft), { timeout: 2_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('shows no "scroll sideways" where the table fits', async () => {
    const page = await (await contextFor(undefined)).newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/dev/mailbox?lang=en');
    const [table] = await tablesOn(page);
    expect(table?.fits).toBe(true);
    expect(table?.hint).toBe(false);
    await page.close();
  });
});

/** Width and height of each element the selector finds. */
const boxes = (page: Page, selector: string) =>
  page.evaluate<{ what: string; width: number; height: number }[]>(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => {
      const box = el.getBoundingClientRect();
      return { what: el.outerHTML.slice(0, 80), width: box.width, height: box.height };
    })`,
  );

describe('touch targets (WCAG 2.2, 2.5.8)', () => {
  it('radio buttons on the register page are at least 24 × 24 px, at both widths', async () => {
    const page = await (await contextFor(undefined)).newPage();
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/register?lang=en');
      const radios = await boxes(page, 'main input[type="radio"], main input[type="checkbox"]');
      expect(radios.length).toBeGreaterThan(0);
      for (const radio of radios) expect(Math.min(radio.width, radio.height), radio.what).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });

  it('the score form’s radio buttons are at least 24 × 24 px', async () => {
    const context = await contextFor(EVALUATOR);
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    const id = (await solutionsOf(context.request, await inEvaluation(context.request))).find(
      (s) => s.my_conflict === false,
    )?.id;
    await page.goto(`/solutions/${id}?lang=en`);
    const radios = await boxes(page, 'main input[type="radio"]');
    expect(radios.length, 'the score form shows a scale of radio buttons').toBeGreaterThan(0);
    for (const radio of radios) expect(Math.min(radio.width, radio.height), radio.what).toBeGreaterThanOrEqual(24);
    await page.close();
  });

  it('header links and buttons are at least 24 px tall, signed in and not, at both widths', async () => {
    for (const account of [undefined, CLINICIAN, MODERATOR] as const) {
      const page = await (await contextFor(account)).newPage();
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto('/?lang=en');
        const targets = await boxes(page, '.site-header a, .site-header button');
        expect(targets.length).toBeGreaterThan(2);
        for (const target of targets) expect(target.height, target.what).toBeGreaterThanOrEqual(24);
      }
      await page.close();
    }
  });
});

describe('the catalogue’s filters on a phone', () => {
  it('fold away so the first result is on the first screen, and open with a tap', async () => {
    const page = await (await contextFor(SOLVER)).newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/challenges?lang=en');
    const first = page.locator('section[aria-labelledby="results-title"] li').first();
    const top = (await first.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    expect(top, 'the first result starts within the first 800 px').toBeLessThan(800);
    await expect(page.getByLabel('Search', { exact: true }).isVisible()).resolves.toBe(false);

    await page.getByText('Filters', { exact: true }).click();
    await expect(page.getByLabel('Search', { exact: true }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('say how many filters are set, and stay open when one is wrong', async () => {
    const page = await (await contextFor(undefined)).newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/challenges?lang=en&status=open&tag=oncology');
    await expect(page.locator('summary').first().textContent()).resolves.toContain('2 filters set');

    await page.goto('/challenges?lang=en&deadline_before=someday');
    await expect(page.locator('#deadline_before').isVisible()).resolves.toBe(true);
    await expect(page.locator('.field-error').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('show without a tap on a wide screen', async () => {
    const page = await (await contextFor(undefined)).newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/challenges?lang=en');
    await expect(page.getByLabel('Search', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Show challenges' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('summary').first().isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('a 90-character token on a small phone (360 px)', () => {
  it('never makes the home page, the catalogue or the challenge scroll sideways', async () => {
    const owner = (await contextFor(CLINICIAN)).request;
    const moderator = (await contextFor(MODERATOR)).request;
    // Closing tomorrow: the home page shows the six open challenges that close first, and the demo
    // world has several closing within weeks.
    const id = await longWordChallenge(owner, moderator, 'open', TOKEN_90, 1);
    const page = await (await contextFor(undefined)).newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of ['/', '/challenges?sort=newest', `/challenges/${id}`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      expect(await page.content(), path).toContain(TOKEN_90);
      expect(await documentWidth(page), `${path} at 360 px`).toBeLessThanOrEqual(360);
    }
    await screenshot(page, 'home-token-90-360');
    await page.close();
  });
});
