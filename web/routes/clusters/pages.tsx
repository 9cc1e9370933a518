import { Hono } from 'hono';
import { listChallengesFor } from '../../../worker/access/challenges';
import { loadInvitationFor } from '../../../worker/access/invitations';
import type { Actor } from '../../../worker/domain/actor';
import { getCluster } from '../../../worker/domain/clusters/list';
import { notVisible } from '../../../worker/domain/errors';
import {
  invite,
  listInvitations,
  moderatorTarget,
  revokeInvitation,
} from '../../../worker/domain/invitations/invitations';
import { hitAllOrThrow, inviteLimits } from '../../../worker/domain/rate-limit';
import type { AppEnv } from '../../../worker/env';
import { clientAddress } from '../../../worker/http/client';
import { notFoundProblem } from '../../../worker/http/on-error';
import { authorizeUser, can } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { buttonForm, moderatorInviteForm } from '../../forms/dashboard';
import { pageContext } from '../../page';
import { ClusterPage } from '../../pages/clusters/cluster';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { INVITATION_ID, SLUG } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const DONE = ['invited', 'revoked'] as const;

/**
 * A cluster: who they are and their newest challenges; for admins also its moderator invitations
 * and the form to invite one. The cluster and its challenges are read side by side; admins'
 * invitations follow the cluster (they are keyed by its id), alongside the challenges.
 */
async function showCluster(c: Ctx, actor: Actor, slug: string, form = emptyForm(), status: 200 | 400 = 200) {
  const db = c.var.db;
  const manage = can(actor, 'cluster.moderators.manage');
  const cluster = getCluster(db, slug);
  const [found, challenges, invitations] = await Promise.all([
    cluster,
    listChallengesFor(db, actor, { cluster: slug, sort: 'newest', limit: 12 }),
    manage ? cluster.then((row) => (row ? listInvitations(db, 'moderator', row.id) : [])) : undefined,
  ]);
  if (!found) throw notFoundProblem(c);
  const page = pageContext(c);
  const done: string | undefined = c.req.query('done');
  const notice = DONE.find((d) => d === done);
  return renderPage(
    c,
    <ClusterPage
      page={page}
      cluster={found}
      challenges={challenges.data}
      moderators={
        invitations ? { invitations, form, notice: notice && page.tr.t(`dashboard.moderators.${notice}`) } : undefined
      }
    />,
    status,
  );
}

/** The cluster an admin manages the moderators of; 404 when there is none. */
async function managedCluster(c: Ctx, slug: string) {
  const cluster = await getCluster(c.var.db, slug);
  if (!cluster) throw notFoundProblem(c);
  return cluster;
}

export const clusterPages = new Hono<AppEnv>()
  .get(`/clusters/${SLUG}`, (c) => showCluster(c, c.var.actor, c.req.param('slug')))
  // Invite a moderator by email: the same answer whether or not an account uses the address.
  .post(`/clusters/${SLUG}/moderators`, signedIn, async (c) => {
    const actor = authorizeUser(c.var.user, 'cluster.moderators.manage');
    const slug = c.req.param('slug');
    const cluster = await managedCluster(c, slug);
    return submitForm(c, moderatorInviteForm, {
      run: async ({ email }) => {
        await hitAllOrThrow(c.var.db, inviteLimits(actor.id, clientAddress(c), email), 'invitations');
        await invite(c.var.db, actor, moderatorTarget(cluster), email, pageContext(c).tr.locale);
        return c.redirect(`/clusters/${slug}?done=invited#moderators`, 303);
      },
      rerender: (form: FormState) => showCluster(c, actor, slug, form, 400),
      wholeForm: true,
    });
  })
  .post(`/clusters/${SLUG}/invitations/${INVITATION_ID}/revoke`, signedIn, async (c) => {
    const { slug, invitationId } = c.req.param();
    const { invitation, actor, clusterId } = await loadInvitationFor(c.var.db, c.var.user, invitationId);
    const cluster = await managedCluster(c, slug);
    if (invitation.kind !== 'moderator' || invitation.target_id !== cluster.id) throw notVisible('invitation');
    return submitForm(c, buttonForm, {
      run: async () => {
        await revokeInvitation(c.var.db, actor, invitation, clusterId);
        return c.redirect(`/clusters/${slug}?done=revoked#moderators`, 303);
      },
      rerender: () => c.redirect(`/clusters/${slug}#moderators`, 303),
    });
  });
