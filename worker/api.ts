import { createApp } from './app';
import { registerOpenApi } from './openapi';
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
import { webhooksRouter } from './routes/webhooks/webhooks.index';

/**
 * The API half of the Worker: JSON under /api/v1 with its OpenAPI document, the signing keys
 * (/.well-known/) and the Atom feeds (/feeds/). Built on the first request to one of its paths
 * (worker/index.ts), so an isolate that only serves pages never builds its routes' schemas.
 */
export const api = createApp((app) => {
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
  app.route('/', webhooksRouter);
  registerOpenApi(app);
});
