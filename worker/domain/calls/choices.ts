import { asc } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { clusters } from '../../db/schema';
import { moderates, type SignedIn } from '../actor';

/** Clusters a call form offers at most (the platform has a few dozen). */
const CLUSTER_CHOICES = 200;

export interface CallClusterChoice {
  /** The clusters this moderator runs (an admin: all): one of them leads the call. */
  own: { slug: string; name: string }[];
  /** Every other cluster, to run the call jointly with. */
  others: { slug: string; name: string }[];
}

/** The clusters a new call may be run by, the moderator's own apart, in one query. */
export async function callClusterChoice(db: Database, actor: SignedIn): Promise<CallClusterChoice> {
  const rows = await db
    .select({ id: clusters.id, slug: clusters.slug, name: clusters.name })
    .from(clusters)
    .orderBy(asc(clusters.name))
    .limit(CLUSTER_CHOICES);
  const pick = ({ slug, name }: (typeof rows)[number]) => ({ slug, name });
  return {
    own: rows.filter((r) => moderates(actor, r.id)).map(pick),
    others: rows.filter((r) => !moderates(actor, r.id)).map(pick),
  };
}
