import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  clusterMemberships,
  clusters,
  evaluatorAssignments,
  organizationMemberships,
  organizations,
  users,
} from '../../db/schema';
import type { SignedIn } from '../actor';
import type { Me } from './account.schema';
import { toUser, userColumns } from './users';

/** The signed-in user, organization, clusters with roles, and every role they hold; one query. */
export async function loadProfile(db: Database, actor: SignedIn): Promise<Me> {
  const row = await db
    .select({
      ...userColumns,
      clusters: sql<string>`(SELECT json_group_array(json_object('slug', ${clusters.slug}, 'name', ${clusters.name}, 'role', ${clusterMemberships.role}))
        FROM ${clusterMemberships} JOIN ${clusters} ON ${clusters.id} = ${clusterMemberships.cluster_id}
        WHERE ${clusterMemberships.user_id} = ${users.id})`,
      // The one claim that may wait (organization_memberships_user_idx).
      pending: sql<string | null>`(SELECT json_object('id', po.id, 'name', po.name) FROM ${organizationMemberships} pm
        JOIN ${organizations} po ON po.id = pm.organization_id WHERE pm.user_id = ${users.id} AND pm.status = 'claimed' LIMIT 1)`,
      evaluator: sql<number>`EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.user_id} = ${users.id})`,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organization_id))
    .where(eq(users.id, actor.id))
    .get();
  if (!row) throw new Error(`Signed-in user ${actor.id} has no row.`);
  const user = toUser(row);
  const memberships = JSON.parse(row.clusters) as Me['clusters'];
  const roles: Me['roles'] = [user.kind];
  if (row.evaluator) roles.push('evaluator');
  if (memberships.some((m) => m.role === 'moderator') || user.is_admin) roles.push('moderator');
  if (user.is_admin) roles.push('admin');
  return {
    user,
    organization: user.organization,
    pending_organization: row.pending ? (JSON.parse(row.pending) as { id: string; name: string }) : null,
    clusters: memberships,
    roles,
  };
}
