import { encodeCursor } from '../../worker/domain/paging';
import { DEMO_EVENT_UPCOMING, DEMO_MEETING_PAST } from '../../worker/seed/demo-events';
import { fetchWithin } from './deadline';

/** The routes `npm run bench` measures. Later issues add their read paths here. */
export interface BenchContext {
  /** An open public challenge of the seeded volume. */
  challengeId: string;
  /** The challenge with the large jury workload (seedJudging). */
  judgedId: string;
  /** moderator@demo.test's access token: owner-level reads of the judged challenge. */
  moderatorAuth: Record<string, string>;
  /** A demo cluster, for its page. */
  clusterSlug: string;
  /** A solution of the judged challenge, for its page. */
  solutionId: string;
  /** evaluator@demo.test's access token: a juror of the judged challenge (seedJudging). */
  jurorAuth: Record<string, string>;
  /** admin@demo.test's access token, for the outbox of failed emails. */
  adminAuth: Record<string, string>;
  /** The Atom feed of a saved search of the moderator's (no sign-in: the token is the key). */
  savedFeedPath: string;
  /** A 1 MB PDF attached to the open challenge (by the admin, who may amend it). */
  attachmentId: string;
  /** A published call of the demo cluster (issue 15), holding the open challenge's neighbours. */
  callId: string;
  /** A cooperation of the seeded data (issue 15), or null where no challenge was decided with the new code yet. */
  cooperationId: string | null;
  /** A listed demo hospital (issue 16), for its profile. */
  organizationId: string;
  /** clinician@demo.test's access token: a participant of the demo's past meeting. */
  clinicianAuth: Record<string, string>;
  /** The newest conversation of the moderator's inbox (seedConversations: the longest thread). */
  conversationId: string;
  /** solver@demo.test's access token. */
  solverAuth: Record<string, string>;
  /** A draft solution of solver@demo.test's to the open challenge (made through the API for the run), for its edit page. */
  draftSolutionId: string;
  /** An API key of moderator@demo.test's (`Bearer bsk_…`, challenges:read), made through the API for the run. */
  keyAuth: Record<string, string>;
  /** moderator@demo.test's newest webhook subscription, with a few hundred deliveries (seedWebhooks). */
  webhookId: string;
}

export interface BenchRoute {
  name: string;
  path: (ctx: BenchContext) => string;
  headers?: (ctx: BenchContext) => Record<string, string>;
  /** Measured as anonymous visitors get it, from the public cache; other rows ask for a fresh answer (the route itself). */
  cached?: boolean;
}

/** A row's request headers: `Cache-Control: no-cache` unless the row measures the public cache (middleware/public-cache.ts). */
export const requestHeaders = (route: BenchRoute, ctx: BenchContext): Record<string, string> => ({
  ...(route.cached ? {} : { 'cache-control': 'no-cache' }),
  ...route.headers?.(ctx),
});

const html = () => ({ accept: 'text/html', 'accept-language': 'de-DE,de;q=0.9' });

/** Anonymous public reads served from the Workers Cache API (issue 17): goal ≥ 0.8× the trivial route. */
const CACHED = (
  [
    { name: 'cached: list GET /api/v1/challenges', path: () => '/api/v1/challenges' },
    { name: 'cached: search ?q=patients (a common word)', path: () => '/api/v1/challenges?q=patients' },
    { name: 'cached: detail GET /api/v1/challenges/{id}', path: (ctx) => `/api/v1/challenges/${ctx.challengeId}` },
    { name: 'cached: catalogue page /challenges', path: () => '/challenges', headers: html },
    { name: 'cached: challenge page /challenges/{id}', path: (ctx) => `/challenges/${ctx.challengeId}`, headers: html },
    { name: 'cached: cluster page /clusters/{slug}', path: (ctx) => `/clusters/${ctx.clusterSlug}`, headers: html },
    { name: 'cached: call page /calls/{id}', path: (ctx) => `/calls/${ctx.callId}`, headers: html },
    { name: 'cached: Atom feed /feeds/challenges.atom', path: () => '/feeds/challenges.atom' },
    { name: 'cached: open data GET /api/v1/open-data/calls.json', path: () => '/api/v1/open-data/calls.json' },
  ] satisfies BenchRoute[]
).map((route): BenchRoute => ({ ...route, cached: true }));

/**
 * The same reads with an API key and with the same person's access token (issue 18): a key's request
 * also counts itself against its quotas, an upsert in the batch that reads its owner, so it should
 * cost at most about 1.1× the token's. `--only api-key` measures just these (bench.ts prints the ratios).
 */
const keyRead = (what: string, path: (ctx: BenchContext) => string): [BenchRoute, BenchRoute] => [
  { name: `api-key read, ${what} (Bearer bsk_…)`, path, headers: (ctx) => ctx.keyAuth },
  { name: `api-key read, ${what} (access token, same person)`, path, headers: (ctx) => ctx.moderatorAuth },
];
export const API_KEY_PAIRS: [BenchRoute, BenchRoute][] = [
  keyRead('list: GET /api/v1/challenges', () => '/api/v1/challenges'),
  keyRead('detail: GET /api/v1/challenges/{id}', (ctx) => `/api/v1/challenges/${ctx.challengeId}`),
];
// The token's read first in each pair: the first route after the health route also pays for any warming left.
const API_KEY_READS = API_KEY_PAIRS.flatMap(([key, token]) => [token, key]);

/** Every other route is reported as a ratio to this one: same worker, no database. */
export const TRIVIAL: BenchRoute = { name: 'trivial: GET /api/v1/health/live', path: () => '/api/v1/health/live' };

/** One D1 round trip: the table's `req/s ÷ health` column divides by this route's figures. */
export const HEALTH_PATH = '/api/v1/health';

/**
 * The floor of a signed-in read: the access token checked against its live session (one D1
 * statement) and the person's own profile. Every working page pays this before its own work, so
 * its ratio to health bounds what theirs can reach (the table's `÷ signed in` column).
 */
export const SIGNED_IN_FLOOR_PATH = '/api/v1/me';

export const ROUTES: BenchRoute[] = [
  { name: 'GET /api/v1/health', path: () => HEALTH_PATH },
  {
    name: 'signed-in floor: GET /api/v1/me (moderator)',
    path: () => SIGNED_IN_FLOOR_PATH,
    headers: (ctx) => ctx.moderatorAuth,
  },
  { name: 'GET / (home page)', path: () => '/', headers: () => ({ accept: 'text/html' }) },
  { name: 'list: GET /api/v1/challenges', path: () => '/api/v1/challenges' },
  {
    name: 'list filtered (open, tag, trl)',
    path: () => '/api/v1/challenges?status=open&tag=imaging&trl=5&sort=deadline',
  },
  { name: 'search: ?q=genome pharmaco', path: () => '/api/v1/challenges?q=genome%20pharmaco' },
  // Nine in ten seeded challenges say "patients" (issue 17): relevance must not rank every match.
  { name: 'search, a common word: ?q=patients', path: () => '/api/v1/challenges?q=patients' },
  // The clinical vocabulary widens these to every spelling and language it knows (issue 12).
  { name: 'search, widened by the vocabulary: ?q=lung cancer', path: () => '/api/v1/challenges?q=lung%20cancer' },
  {
    name: 'search, three concepts widened: ?q=Lungenkrebs MRT Screening',
    path: () => '/api/v1/challenges?q=Lungenkrebs%20MRT%20Screening',
  },
  { name: 'catalogue page (HTML)', path: () => '/challenges', headers: () => ({ accept: 'text/html' }) },
  {
    name: 'catalogue page, a common word: ?q=patients',
    path: () => '/challenges?q=patients',
    headers: () => ({ accept: 'text/html' }),
  },
  {
    name: 'catalogue page, search widened: ?q=tumor',
    path: () => '/challenges?q=tumor',
    headers: () => ({ accept: 'text/html' }),
  },
  { name: 'detail: GET /api/v1/challenges/{id}', path: (ctx) => `/api/v1/challenges/${ctx.challengeId}` },
  {
    name: 'ranking (moderator, full view)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/ranking`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'ranking, a later page: ?cursor=w500 (moderator, full view)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/ranking?cursor=w500`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'ranking normalised per juror (moderator, full view)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/ranking?method=normalised`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'ranking of one stage: ?stage=1 (moderator, full view)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/ranking?stage=1`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  { name: 'stages: GET /api/v1/challenges/{id}/stages', path: (ctx) => `/api/v1/challenges/${ctx.challengeId}/stages` },
  {
    name: 'agreement between jurors (moderator)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/agreement`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'evaluation report (moderator, JSON)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/evaluation-report`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'evaluation report (moderator, CSV of the ranking)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/evaluation-report?format=csv&table=ranking`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  // Per-stage juries (issue 15): each stage's jury, agreement and report.
  {
    name: 'jury of one stage with its progress: ?stage=1 (moderator)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/evaluators?stage=1`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'jury invitations of one stage: ?stage=1 (moderator)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/invitations?stage=1`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'agreement of one stage: ?stage=1 (moderator)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/agreement?stage=1`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'evaluation report of one stage: ?stage=1 (moderator, JSON)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/evaluation-report?stage=1`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  // Webhooks (issue 18): the subscriptions and a delivery log of a few hundred, each with its attempts.
  {
    name: 'webhook subscriptions: GET /api/v1/webhooks (moderator)',
    path: () => '/api/v1/webhooks',
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'webhook delivery log: GET /api/v1/webhooks/{id}/deliveries (moderator, 300 deliveries)',
    path: (ctx) => `/api/v1/webhooks/${ctx.webhookId}/deliveries`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'challenge page (HTML)',
    path: (ctx) => `/challenges/${ctx.challengeId}`,
    headers: () => ({ accept: 'text/html' }),
  },
  {
    // Signed in, so never from the public cache: the judged challenge with its 1 000 solutions (issue 17).
    name: 'challenge page, signed in (moderator, HTML, 1 000 solutions)',
    path: (ctx) => `/challenges/${ctx.judgedId}`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'ranking page (moderator, HTML, decision form)',
    path: (ctx) => `/challenges/${ctx.judgedId}/ranking`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'ranking page, a later page: ?cursor=w500 (moderator, HTML)',
    path: (ctx) => `/challenges/${ctx.judgedId}/ranking?cursor=w500`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'evaluation report page (moderator, HTML, charts)',
    path: (ctx) => `/challenges/${ctx.judgedId}/evaluation-report`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'solutions page (moderator, HTML, 50 a page)',
    path: (ctx) => `/challenges/${ctx.judgedId}/solutions`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'jury page (moderator, HTML, 20 members)',
    path: (ctx) => `/challenges/${ctx.judgedId}/jury`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'audit trail page (moderator, HTML)',
    path: (ctx) => `/challenges/${ctx.judgedId}/audit`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    // The challenge, its questions and its solutions, with every score entry of the jury's workload.
    name: "a challenge's trail: GET /api/v1/audit?challenge= (moderator)",
    path: (ctx) => `/api/v1/audit?challenge=${ctx.judgedId}`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'solution page (moderator, HTML)',
    path: (ctx) => `/solutions/${ctx.solutionId}`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    // Issue 17: the session and one batch (was 4 round trips).
    name: 'solution edit page (solver, HTML, own draft)',
    path: (ctx) => `/solutions/${ctx.draftSolutionId}/edit`,
    headers: (ctx) => ({ ...ctx.solverAuth, ...html() }),
  },
  {
    name: "challenge's terms: GET /api/v1/challenges/{id}/terms",
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/terms`,
  },
  { name: "cluster's terms templates", path: (ctx) => `/api/v1/clusters/${ctx.clusterSlug}/terms` },
  {
    name: "solution's team, with recusals (moderator)",
    path: (ctx) => `/api/v1/solutions/${ctx.solutionId}/team`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'conflicts page (juror, HTML, every solution declared)',
    path: (ctx) => `/challenges/${ctx.judgedId}/conflicts`,
    headers: (ctx) => ({ ...ctx.jurorAuth, accept: 'text/html' }),
  },
  {
    name: 'score page (juror, HTML, scored)',
    path: (ctx) => `/solutions/${ctx.solutionId}/evaluation`,
    headers: (ctx) => ({ ...ctx.jurorAuth, accept: 'text/html' }),
  },
  { name: 'privacy notice (HTML, Markdown)', path: () => '/privacy', headers: () => ({ accept: 'text/html' }) },
  // Discovery (issue 18): the crawlers' reads, keyset pages of the public catalogue.
  { name: 'robots.txt', path: () => '/robots.txt' },
  { name: 'sitemap index /sitemap.xml', path: () => '/sitemap.xml' },
  { name: 'sitemap of challenges (first file)', path: () => '/sitemaps/challenges.xml' },
  { name: 'sitemap of organizations (first file, 10 000 listed)', path: () => '/sitemaps/organizations.xml' },
  {
    name: 'cluster page (HTML)',
    path: (ctx) => `/clusters/${ctx.clusterSlug}`,
    headers: () => ({ accept: 'text/html' }),
  },
  {
    name: 'inbox: GET /api/v1/me/notifications (2 000 lines)',
    path: () => '/api/v1/me/notifications',
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'data export: GET /api/v1/me/export (moderator, 2 000 notifications)',
    path: () => '/api/v1/me/export',
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'inbox page (moderator, HTML)',
    path: () => '/me/notifications',
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'my page: needs you now (moderator, HTML)',
    path: () => '/me',
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'catalogue page, signed in (saved searches)',
    path: () => '/challenges?status=open&tag=imaging',
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  { name: 'saved-search Atom feed', path: (ctx) => ctx.savedFeedPath },
  {
    name: 'moderation queue page (moderator, HTML)',
    path: () => '/moderation',
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'failed emails (admin)',
    path: () => '/api/v1/admin/emails?status=failed',
    headers: (ctx) => ctx.adminAuth,
  },
  {
    name: 'solutions list (moderator, 50 a page)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/solutions?limit=50`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    // Policy check, then the bytes streamed from R2 (local R2 under wrangler dev).
    name: 'attachment download: GET /api/v1/attachments/{id} (1 MB PDF, public challenge)',
    path: (ctx) => `/api/v1/attachments/${ctx.attachmentId}`,
  },
  // Impact figures (issue 15): a cluster's dashboard as its moderator sees it (JSON, CSV, HTML), the
  // public version, and the network's (admin). Two years of quarters, the default range.
  {
    name: 'cluster impact figures (moderator, JSON)',
    path: (ctx) => `/api/v1/clusters/${ctx.clusterSlug}/impact`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'cluster impact figures (moderator, CSV)',
    path: (ctx) => `/api/v1/clusters/${ctx.clusterSlug}/impact.csv`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'cluster impact page (moderator, HTML, charts)',
    path: (ctx) => `/clusters/${ctx.clusterSlug}/impact`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'cluster impact page (public, HTML)',
    path: (ctx) => `/clusters/${ctx.clusterSlug}/impact`,
    headers: () => ({ accept: 'text/html' }),
  },
  { name: 'network impact figures (admin, JSON)', path: () => '/api/v1/impact', headers: (ctx) => ctx.adminAuth },
  {
    name: 'network impact page (admin, HTML)',
    path: () => '/impact',
    headers: (ctx) => ({ ...ctx.adminAuth, accept: 'text/html' }),
  },
  // One call's figures: counted from the base tables (the tallies are by cluster and quarter only).
  {
    name: 'cluster impact figures of one call (moderator, JSON): ?call=',
    path: (ctx) => `/api/v1/clusters/${ctx.clusterSlug}/impact?call=${ctx.callId}`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'cluster impact page of one call (public, HTML): ?call=',
    path: (ctx) => `/clusters/${ctx.clusterSlug}/impact?call=${ctx.callId}`,
    headers: () => ({ accept: 'text/html' }),
  },
  {
    name: 'network impact figures of one call (admin, JSON): ?call=',
    path: (ctx) => `/api/v1/impact?call=${ctx.callId}`,
    headers: (ctx) => ctx.adminAuth,
  },
  { name: 'open data: GET /api/v1/open-data (the datasets)', path: () => '/api/v1/open-data' },
  {
    // Streamed; Server-Timing counts the first page only. Its memory at 100 000 rows: bench/open-data.ts.
    name: 'open data: GET /api/v1/open-data/results.csv',
    path: () => '/api/v1/open-data/results.csv',
  },
  { name: 'open data page (HTML)', path: () => '/open-data', headers: () => ({ accept: 'text/html' }) },
  // Issue 16: the people directory, at the impact volume's 2 000 public expert profiles.
  { name: 'people: GET /api/v1/people', path: () => '/api/v1/people' },
  { name: 'people by expertise: ?expertise=oncology', path: () => '/api/v1/people?expertise=oncology' },
  {
    name: 'people by language and availability: ?language=ro&juror=true&mentor=true',
    path: () => '/api/v1/people?language=ro&juror=true&mentor=true',
  },
  {
    name: 'people page (HTML, expertise typed in words)',
    path: () => '/people?expertise=Liquid%20biopsy',
    headers: () => ({ accept: 'text/html' }),
  },
  {
    name: "calls: GET /api/v1/calls?cluster= (a cluster's calls)",
    path: (ctx) => `/api/v1/calls?cluster=${ctx.clusterSlug}`,
  },
  {
    name: 'call page (HTML): /calls/{id}',
    path: (ctx) => `/calls/${ctx.callId}`,
    headers: () => ({ accept: 'text/html' }),
  },
  {
    name: 'call page with its steps (moderator, HTML): /calls/{id}',
    path: (ctx) => `/calls/${ctx.callId}`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'new call form (moderator, HTML): /calls/new',
    path: () => '/calls/new',
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'edit call form (moderator, HTML): /calls/{id}/edit',
    path: (ctx) => `/calls/${ctx.callId}/edit`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: "a cluster's calls page (HTML): /calls?cluster=",
    path: (ctx) => `/calls?cluster=${ctx.clusterSlug}`,
    headers: () => ({ accept: 'text/html' }),
  },
  // Cooperations (issue 15): the list with the cluster filter, a cooperation page with its forms, the public stories.
  {
    name: 'cooperations: GET /api/v1/cooperations?cluster= (moderator)',
    path: (ctx) => `/api/v1/cooperations?cluster=${ctx.clusterSlug}`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'cooperation page (moderator, HTML, forms)',
    // Without a cooperation in the data, the moderator's list page instead.
    path: (ctx) => (ctx.cooperationId ? `/cooperations/${ctx.cooperationId}` : '/cooperations'),
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: "a cluster's public impact stories (HTML)",
    path: (ctx) => `/clusters/${ctx.clusterSlug}/impact-stories`,
    headers: () => ({ accept: 'text/html' }),
  },
  // Partner search (issue 16) over 10 000 listed organizations (seedDirectoryVolume): words, one
  // facet, two facets and a TRL, a page deep into the name order, a profile.
  {
    name: 'partner search: GET /api/v1/organizations?q=liquid biopsy',
    path: () => '/api/v1/organizations?q=liquid%20biopsy',
  },
  { name: 'partner search, one facet: ?offers=pilot_site', path: () => '/api/v1/organizations?offers=pilot_site' },
  {
    name: 'partner search, two facets and a TRL: ?kind=hospital,clinic&seeks=co_development&trl=5',
    path: () => '/api/v1/organizations?kind=hospital,clinic&seeks=co_development&trl=5',
  },
  {
    name: 'partner search, words and a facet: ?q=sepsis&offers=clinical_data',
    path: () => '/api/v1/organizations?q=sepsis&offers=clinical_data',
  },
  {
    // The keyset cursor after "Partner bench 05000": half-way through the directory by name.
    name: 'partner search, a later cursor page (by name)',
    path: () => `/api/v1/organizations?cursor=${encodeCursor(['name', 'Partner bench 05000', ''])}`,
  },
  {
    name: 'partner search, a later cursor page (capability=oncology)',
    path: () => `/api/v1/organizations?capability=oncology&cursor=${encodeCursor(['name', 'Partner bench 05000', ''])}`,
  },
  {
    name: 'organization profile: GET /api/v1/organizations/{id} (a demo hospital)',
    path: (ctx) => `/api/v1/organizations/${ctx.organizationId}`,
  },
  // Suggested matches (issue 16), scored in one query over the same 10 000 listed organizations:
  // candidates by the challenge's tags and care-pathway step, each facet row by its primary key.
  {
    name: 'matches of a challenge: GET /api/v1/challenges/{id}/matches (moderator, 10 000 organizations)',
    path: (ctx) => `/api/v1/challenges/${ctx.judgedId}/matches`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'suggested partners page (moderator, HTML)',
    path: (ctx) => `/challenges/${ctx.judgedId}/partners`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, accept: 'text/html' }),
  },
  {
    name: 'my matches: GET /api/v1/me/matches (moderator)',
    path: () => '/api/v1/me/matches',
    headers: (ctx) => ctx.moderatorAuth,
  },
  // Verified affiliation (issue 16): a demo hospital's claims and members, as an admin decides them.
  {
    name: 'claims and members: GET /api/v1/organizations/{id}/memberships (admin)',
    path: (ctx) => `/api/v1/organizations/${ctx.organizationId}/memberships`,
    headers: (ctx) => ctx.adminAuth,
  },
  {
    name: 'members page (HTML, admin)',
    path: (ctx) => `/organizations/${ctx.organizationId}/members`,
    headers: (ctx) => ({ ...ctx.adminAuth, accept: 'text/html' }),
  },
  // Issue 16: matchmaking events (the demo's upcoming partnering day).
  { name: 'events: GET /api/v1/events (upcoming)', path: () => '/api/v1/events' },
  {
    name: 'event: GET /api/v1/events/{id} (organiser: participants)',
    path: () => `/api/v1/events/${DEMO_EVENT_UPCOMING}`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'schedule: GET /api/v1/events/{id}/schedule (organiser: every meeting)',
    path: () => `/api/v1/events/${DEMO_EVENT_UPCOMING}/schedule`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'event page (HTML, anonymous)',
    path: () => `/events/${DEMO_EVENT_UPCOMING}`,
    headers: () => ({ accept: 'text/html' }),
  },
  // Relayed conversations (issue 16): one person's inbox, one index range on (user, last message).
  {
    name: 'conversations: GET /api/v1/conversations (the moderator’s inbox)',
    path: () => '/api/v1/conversations',
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    name: 'conversation: GET /api/v1/conversations/{id}/messages (a participant, the longest thread)',
    path: (ctx) => `/api/v1/conversations/${ctx.conversationId}/messages`,
    headers: (ctx) => ctx.moderatorAuth,
  },
  {
    // Issue 17: its newest messages, a page (the thread is no longer read whole).
    name: 'conversation page (HTML, a participant, the longest thread)',
    path: (ctx) => `/conversations/${ctx.conversationId}`,
    headers: (ctx) => ({ ...ctx.moderatorAuth, ...html() }),
  },
  {
    name: 'calendar file: GET /api/v1/meetings/{id}/calendar.ics (a participant)',
    path: () => `/api/v1/meetings/${DEMO_MEETING_PAST}/calendar.ics`,
    headers: (ctx) => ctx.clinicianAuth,
  },
  ...API_KEY_READS,
  ...CACHED,
];

/** A published call of the moderator's cluster: the first listed, or one made now by the moderator and published by the admin. */
async function benchCall(
  base: string,
  moderatorAuth: Record<string, string>,
  adminAuth: Record<string, string>,
): Promise<string> {
  const me = (await (
    await fetchWithin(`${base}/api/v1/me`, 'finding the moderator’s cluster', { headers: moderatorAuth })
  ).json()) as {
    clusters: { slug: string; role: string }[];
  };
  const clusterSlug = me.clusters.find((c) => c.role === 'moderator')?.slug;
  if (!clusterSlug) throw new Error('moderator@demo.test moderates no cluster.');
  const listed = (await (
    await fetchWithin(`${base}/api/v1/calls?cluster=${clusterSlug}`, 'finding a call')
  ).json()) as {
    items: { id: string }[];
  };
  const existing = listed.items[0]?.id;
  if (existing) return existing;
  const day = 86_400_000;
  const post = (path: string, auth: Record<string, string>, body: unknown) =>
    fetchWithin(`${base}${path}`, 'making the benchmark call', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const created = await post('/api/v1/calls', moderatorAuth, {
    title: 'Benchmark call for challenges',
    description: 'A call the benchmark reads: its page lists the challenges put into it.',
    opens_at: new Date(Date.now() - day).toISOString(),
    closes_at: new Date(Date.now() + 365 * day).toISOString(),
    clusters: [clusterSlug],
    rules: [{ rule: 'trl', params: { min: 3, max: 7 } }],
  });
  if (created.status !== 201) throw new Error(`Creating the benchmark call failed: ${created.status}`);
  const { id } = (await created.json()) as { id: string };
  await post(`/api/v1/calls/${id}/transitions`, moderatorAuth, { action: 'submit' });
  const published = await post(`/api/v1/calls/${id}/transitions`, adminAuth, { action: 'publish' });
  if (published.status !== 200) throw new Error(`Publishing the benchmark call failed: ${published.status}`);
  return id;
}

/** The open challenge's first attachment, or a 1 MB PDF attached to it now (at most 10 fit; reruns reuse it). */
async function benchAttachment(base: string, challengeId: string, auth: Record<string, string>): Promise<string> {
  const detail = (await (
    await fetchWithin(`${base}/api/v1/challenges/${challengeId}`, 'finding an attachment', { headers: auth })
  ).json()) as {
    attachments?: { id: string }[];
  };
  const existing = detail.attachments?.[0]?.id;
  if (existing) return existing;
  const boundary = 'bench-boundary-5d1c';
  const pdf = `%PDF-1.4\n%${'x'.repeat(1_000_000)}\ntrailer<<>>\n%%EOF\n`;
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--${boundary}--\r\n`;
  const res = await fetchWithin(`${base}/api/v1/challenges/${challengeId}/attachments`, 'attaching the benchmark PDF', {
    method: 'POST',
    headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}`, origin: base },
    body,
  });
  if (res.status !== 201) throw new Error(`Attaching the benchmark PDF failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** A draft solution by the person signed in with `auth` to an open challenge, for its edit page (each run makes its own). */
async function benchDraftSolution(base: string, challengeId: string, auth: Record<string, string>): Promise<string> {
  const res = await fetchWithin(`${base}/api/v1/challenges/${challengeId}/solutions`, 'drafting a solution', {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: `Benchmark draft ${new Date().toISOString()}`,
      summary: 'A draft solution the benchmark opens the edit page of.',
      approach: 'Nothing clever; it only has to exist and be editable.',
      trl: 5,
    }),
  });
  if (res.status !== 201) throw new Error(`Drafting the benchmark solution failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** A new API key of the person signed in with `auth`, as its `Authorization` header (each run makes its own). */
async function benchApiKey(base: string, auth: Record<string, string>): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/v1/me/api-keys`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Benchmark ${new Date().toISOString()}`, scopes: ['challenges:read'] }),
  });
  if (res.status !== 201) throw new Error(`Creating the benchmark API key failed: ${res.status} ${await res.text()}`);
  const { secret } = (await res.json()) as { secret: string };
  return { authorization: `Bearer ${secret}` };
}

/** A demo account's bearer token (every demo account has the password `demo-password-1`). */
export async function signIn(base: string, email: string): Promise<Record<string, string>> {
  const login = await fetchWithin(`${base}/api/v1/auth/login`, `signing in as ${email}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password-1' }),
  });
  const { token } = (await login.json()) as { token?: string };
  if (!token) throw new Error(`Signing in as ${email} failed: ${login.status}.`);
  return { authorization: `Bearer ${token}` };
}

/** Resolves the ids and the token the routes need, from the running instance. */
export async function benchContext(base: string, judgedId: string): Promise<BenchContext> {
  const res = await fetchWithin(`${base}/api/v1/challenges?status=open&limit=1`, 'finding an open challenge');
  const body = (await res.json()) as { data: { id: string }[] };
  const challengeId = body.data[0]?.id;
  if (!challengeId) throw new Error('The benchmark database has no open challenge to read.');
  const moderatorAuth = await signIn(base, 'moderator@demo.test');
  const adminAuth = await signIn(base, 'admin@demo.test');
  const jurorAuth = await signIn(base, 'evaluator@demo.test');
  const clinicianAuth = await signIn(base, 'clinician@demo.test');
  const solverAuth = await signIn(base, 'solver@demo.test');
  const first = async <T>(path: string, headers: Record<string, string> = {}) => {
    const res = await fetchWithin(`${base}${path}`, 'finding what the routes read', { headers });
    const item = ((await res.json()) as { data?: T[] }).data?.[0];
    if (!item) throw new Error(`The benchmark database has nothing at ${path}.`);
    return item;
  };
  const { slug: clusterSlug } = await first<{ slug: string }>('/api/v1/clusters?limit=1');
  const { id: solutionId } = await first<{ id: string }>(
    `/api/v1/challenges/${judgedId}/solutions?limit=1`,
    moderatorAuth,
  );
  const saved = await fetchWithin(`${base}/api/v1/me/saved-searches`, 'saving a search', {
    method: 'POST',
    headers: { ...moderatorAuth, 'content-type': 'application/json' },
    body: JSON.stringify({ q: 'genome', status: 'open' }),
  });
  const { feed_url } = (await saved.json()) as { feed_url: string };
  if (!feed_url) throw new Error(`Saving a search for the benchmark failed: ${saved.status}.`);
  const savedFeedPath = new URL(feed_url).pathname;
  const attachmentId = await benchAttachment(base, challengeId, adminAuth);
  const callId = await benchCall(base, moderatorAuth, adminAuth);
  const cooperations = (await (
    await fetchWithin(`${base}/api/v1/cooperations?limit=1`, 'finding a cooperation', { headers: adminAuth })
  ).json()) as {
    data?: { id: string }[];
  };
  const { id: organizationId } = await first<{ id: string }>('/api/v1/organizations?q=Nordhafen&kind=hospital');
  const { id: conversationId } = await first<{ id: string }>('/api/v1/conversations?limit=1', moderatorAuth);
  const keyAuth = await benchApiKey(base, moderatorAuth);
  const { id: webhookId } = await first<{ id: string }>('/api/v1/webhooks?limit=1', moderatorAuth);
  const draftSolutionId = await benchDraftSolution(base, challengeId, solverAuth);
  return {
    solverAuth,
    draftSolutionId,
    keyAuth,
    webhookId,
    organizationId,
    clinicianAuth,
    conversationId,
    challengeId,
    judgedId,
    moderatorAuth,
    jurorAuth,
    adminAuth,
    clusterSlug,
    solutionId,
    savedFeedPath,
    attachmentId,
    callId,
    cooperationId: cooperations.data?.[0]?.id ?? null,
  };
}
