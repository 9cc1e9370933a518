import { accountCases } from './accounts';
import { apiKeyCases } from './api-keys';
import { attachmentCases } from './attachments';
import { callCases } from './calls';
import { challengeCases } from './challenges';
import { clusterCases } from './clusters';
import { conversationCases } from './conversations';
import { cooperationCases } from './cooperations';
import { eventCases } from './events';
import { impactCases } from './impact';
import { invitationCases } from './invitations';
import { matchCases } from './matches';
import { notificationCases } from './notifications';
import { openDataCases } from './open-data';
import { affiliationCases, organizationCases } from './organizations';
import { peopleCases } from './people';
import { solutionCases } from './solutions';
import { stageCases } from './stages';
import { teamCases } from './teams';
import { termsCases } from './terms';
import type { MatrixCase } from './types';
import { webhookCases } from './webhooks';

/** Every route × every role, with the exact status. Later areas add their cases here. */
export const CASES: MatrixCase[] = [
  ...accountCases,
  ...apiKeyCases,
  ...clusterCases,
  ...challengeCases,
  ...solutionCases,
  ...teamCases,
  ...termsCases,
  ...callCases,
  ...invitationCases,
  ...notificationCases,
  ...attachmentCases,
  ...impactCases,
  ...openDataCases,
  ...peopleCases,
  ...stageCases,
  ...cooperationCases,
  ...organizationCases,
  ...matchCases,
  ...affiliationCases,
  ...eventCases,
  ...conversationCases,
  ...webhookCases,
];
