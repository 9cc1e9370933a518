import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { detectLocale } from '../web/locale';
import { errorPage, pages } from '../web/routes/index';
import type { Bindings } from './env';
import { notFoundProblem, problemResponse, toProblem, wantsHtml } from './http/on-error';
import type { Problem } from './http/problem';
import { createRouter } from './http/router';
import { anonymousReadLimit } from './middleware/anonymous-read-limit';
import { authenticate } from './middleware/authenticate';
import { bodyLimit, requireJson } from './middleware/body';
import { database } from './middleware/database';
import { formCsrf } from './middleware/form-csrf';
import { searchLimit, writeLimit } from './middleware/limits';
import { privateNoStore } from './middleware/private-no-store';
import { publicCache } from './middleware/public-cache';
import { securityHeaders } from './middleware/security-headers';
import { registerOpenApi } from './openapi';
import { consume } from './queue/consumer';
import type { Job } from './queue/jobs';
import { accountsRouter } from './routes/accounts/accounts.index';
import { attachmentsRouter } from './routes/attachments/attachments.index';
import { callsRouter } from './routes/calls/calls.index';
import { challengesRouter } from './routes/challenges/challenges.index';
import { clustersRouter } from './routes/clusters/clusters.index';
import { conversationsRouter } from './routes/conversations/conversations.index';
import { cooperationsRouter } from './routes/cooperations/cooperations.index';
import { evaluationRouter } from './routes/evaluation/evaluation.index';
import { eventsRouter } from './routes/events/events.index';
import { healthRouter } from './routes/health/health.index';
import { impactRouter } from './routes/impact/impact.index';
import { invitationsRouter } from './routes/invitations/invitations.index';
import { matchesRouter } from './routes/matches/matches.index';
import { moderationRouter } from './routes/moderation/moderation.index';
import { notificationsRouter } from './routes/notifications/notifications.index';
import { openDataRouter } from './routes/open-data/open-data.index';
import { organizationsRouter } from './routes/organizations/organizations.index';
import { peopleRouter } from './routes/people/people.index';
import { solutionsRouter } from './routes/solutions/solutions.index';
import { stagesRouter } from './routes/stages/stages.index';
import { termsRouter } from './routes/terms/terms.index';
import { scheduled } from './scheduled';

const app = createRouter();

app.use(requestId());
app.use(securityHeaders);
app.use(privateNoStore);
app.use(
  '/api/*',
  cors({ origin: '*', exposeHeaders: ['ETag', 'Retry-After', 'WWW-Authenticate', 'x-d1-bookmark'], maxAge: 600 }),
);
app.use(bodyLimit);
app.use('/api/*', requireJson);
app.use(formCsrf);
app.use(detectLocale);
// Before the database: an anonymous public read served from the cache opens no D1 session.
app.use(publicCache);
app.use(database);
app.use(authenticate);
app.use('/api/*', anonymousReadLimit);
app.use(writeLimit);
// The catalogue and the partner directory count searches in one window: a scraper gains nothing
// by switching between them.
for (const path of ['/challenges', '/partners']) app.use(path, searchLimit);

app.route('/', healthRouter);
app.route('/', accountsRouter);
app.route('/', clustersRouter);
app.route('/', challengesRouter);
app.route('/', moderationRouter);
app.route('/', solutionsRouter);
app.route('/', termsRouter);
app.route('/', evaluationRouter);
app.route('/', stagesRouter);
app.route('/', invitationsRouter);
app.route('/', notificationsRouter);
app.route('/', attachmentsRouter);
app.route('/', impactRouter);
app.route('/', openDataRouter);
app.route('/', callsRouter);
app.route('/', cooperationsRouter);
app.route('/', peopleRouter);
app.route('/', conversationsRouter);
app.route('/', organizationsRouter);
app.route('/', matchesRouter);
app.route('/', eventsRouter);
app.route('/', pages);
registerOpenApi(app);

const respond = (c: Parameters<typeof wantsHtml>[0], problem: Problem) =>
  wantsHtml(c) ? errorPage(c, problem) : problemResponse(c, problem);
app.onError((err, c) => respond(c, toProblem(err, c)));
app.notFound((c) => respond(c, notFoundProblem(c)));

export default { fetch: app.fetch, scheduled, queue: consume } satisfies ExportedHandler<Bindings, Job>;
