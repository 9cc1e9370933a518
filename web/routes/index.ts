import { Hono } from 'hono';
import type { AppEnv } from '../../worker/env';
import { apiKeyPages } from './accounts/api-keys';
import { credentialPages } from './accounts/credentials';
import { dataPages } from './accounts/data';
import { deletionPages } from './accounts/deletion';
import { mePages } from './accounts/me';
import { accountPages } from './accounts/pages';
import { unsubscribePages } from './accounts/unsubscribe';
import { adminPages } from './admin/pages';
import { attachmentPages } from './attachments/pages';
import { callEditPages } from './calls/edit';
import { callPages } from './calls/pages';
import { browsePages } from './challenges/browse';
import { challengeEditPages } from './challenges/edit';
import { challengePages } from './challenges/pages';
import { clusterPages } from './clusters/pages';
import { conversationPages } from './conversations/pages';
import { cooperationPages } from './cooperations/pages';
import { mailboxPages } from './dev/mailbox';
import { discoveryPages } from './discovery/pages';
import { judgingPages } from './evaluation/judging';
import { juryPages } from './evaluation/jury';
import { rankingPages } from './evaluation/ranking';
import { reportPages } from './evaluation/report';
import { eventPages } from './events/pages';
import { impactPages } from './impact/pages';
import { invitationPages } from './invitations/pages';
import { legalPages } from './legal/pages';
import { matchPages } from './matches/pages';
import { auditPages } from './moderation/audit';
import { moderationPages } from './moderation/queue';
import { notificationPages } from './notifications/pages';
import { openDataPages } from './open-data/pages';
import { affiliationPages } from './organizations/affiliation';
import { organizationPages } from './organizations/pages';
import { peoplePages } from './people/pages';
import { publicPages } from './public/pages';
import { solutionListPages } from './solutions/list';
import { solutionPages } from './solutions/pages';
import { teamPages } from './solutions/team';
import { stageEditorPages } from './stages/editor';
import { termsPages } from './terms/pages';

export { errorPage } from '../pipeline/error-page';

/**
 * The server-rendered site, by area. Forms post here, never to the API (see middleware/form-csrf).
 * Ids in paths are UUID patterns (pipeline/params), so the order below does not matter.
 */
export const pages = new Hono<AppEnv>()
  .route('/', publicPages)
  .route('/', accountPages)
  .route('/', mePages)
  .route('/', credentialPages)
  .route('/', apiKeyPages)
  .route('/', dataPages)
  .route('/', deletionPages)
  .route('/', unsubscribePages)
  .route('/', invitationPages)
  .route('/', notificationPages)
  .route('/', adminPages)
  .route('/', clusterPages)
  .route('/', impactPages)
  .route('/', browsePages)
  .route('/', challengePages)
  .route('/', challengeEditPages)
  .route('/', stageEditorPages)
  .route('/', solutionPages)
  .route('/', teamPages)
  .route('/', termsPages)
  .route('/', solutionListPages)
  .route('/', attachmentPages)
  .route('/', callPages)
  .route('/', callEditPages)
  .route('/', judgingPages)
  .route('/', juryPages)
  .route('/', rankingPages)
  .route('/', reportPages)
  .route('/', cooperationPages)
  .route('/', peoplePages)
  .route('/', moderationPages)
  .route('/', auditPages)
  .route('/', mailboxPages)
  .route('/', legalPages)
  .route('/', openDataPages)
  .route('/', organizationPages)
  .route('/', matchPages)
  .route('/', affiliationPages)
  .route('/', eventPages)
  .route('/', conversationPages)
  .route('/', discoveryPages);
