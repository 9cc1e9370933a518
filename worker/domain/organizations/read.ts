import { and, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database } from '../../db/client';
import { challenges, cooperations, organizations, solutions } from '../../db/schema';
import { PUBLIC_RESULT } from '../open-data/results';
import { COUNT_CAP, type Organization, PROFILE_LIST_SIZE } from './organization.view';
import { summaryColumns, toSummary } from './search';

const partner = alias(organizations, 'partner');
const coSolution = alias(solutions, 'co_solution');
const coChallenge = alias(challenges, 'co_challenge');

/**
 * Up to COUNT_CAP of the rows `from` selects: the count of a profile's list. A Drizzle select over
 * raw SQL, as a raw `db.get` cannot join a D1 batch (evaluation/ranking.ts `rankedRows`).
 */
const capped = (db: Database, from: SQL) =>
  db.select({ n: sql<number>`count(*)` }).from(sql`(SELECT 1 ${from} LIMIT ${COUNT_CAP}) AS capped`);

/**
 * Which challenges and cooperations of an organization its profile shows: the same rules as the
 * public catalogue and the cooperations' public pages (access/scopes.ts as an anonymous visitor
 * sees them), handed in by the access layer.
 */
export interface ProfileScopes {
  challenges: SQL | undefined;
  cooperations: SQL | undefined;
}

/**
 * An organization's profile with its public challenges, public results and public cooperations,
 * each the newest few with a capped count: one round trip. Undefined when there is no such
 * organization; `listed` says whether it is in the directory (the policy decides who reads it).
 */
export async function readOrganization(
  db: Database,
  id: string,
  scopes: ProfileScopes,
): Promise<{ listed: boolean; version: number; profile: Organization } | undefined> {
  const challengeWhere = and(eq(challenges.organization_id, id), scopes.challenges);
  const resultFrom = sql`FROM solutions s CROSS JOIN challenges c ON c.id = s.challenge_id
    WHERE s.organization_id = ${id} AND ${PUBLIC_RESULT}`;
  // Either side of the cooperation: each branch of the OR has its index (cooperations_*_org_idx).
  const cooperationWhere = and(
    or(eq(cooperations.clinic_organization_id, id), eq(cooperations.solver_organization_id, id)),
    scopes.cooperations,
  );
  const [profile, challengeRows, challengeCount, resultRows, resultCount, cooperationRows, cooperationCount] =
    await db.batch([
      db
        .select({ ...summaryColumns, version: organizations.version })
        .from(organizations)
        .where(eq(organizations.id, id)),
      db
        .select({
          id: challenges.id,
          title: challenges.title,
          status: challenges.status,
          published_at: challenges.published_at,
        })
        .from(challenges)
        .where(challengeWhere)
        .orderBy(desc(challenges.published_at), desc(challenges.id))
        .limit(PROFILE_LIST_SIZE),
      capped(db, sql`FROM ${challenges} WHERE ${challengeWhere}`),
      db
        .select({
          solution_id: sql<string>`solution_id`,
          title: sql<string>`title`,
          outcome: sql<Organization['results']['items'][number]['outcome']>`outcome`,
          challenge_id: sql<string>`challenge_id`,
          challenge_title: sql<string>`challenge_title`,
          decided_at: sql<string>`decided_at`,
        })
        .from(
          sql`(SELECT s.id AS solution_id, s.title, s.status AS outcome, c.id AS challenge_id,
            c.title AS challenge_title, c.decided_at ${resultFrom}
            ORDER BY c.decided_at DESC, s.id DESC LIMIT ${PROFILE_LIST_SIZE}) AS results`,
        ),
      capped(db, resultFrom),
      db
        .select({
          id: cooperations.id,
          challenge_id: cooperations.challenge_id,
          challenge_title: sql<string>`${coChallenge.title}`.as('challenge_title'),
          solution_title: sql<string>`${coSolution.title}`.as('solution_title'),
          partner: sql<string | null>`${partner.name}`.as('partner'),
          started_at: cooperations.started_at,
        })
        .from(cooperations)
        .innerJoin(coChallenge, eq(coChallenge.id, cooperations.challenge_id))
        .innerJoin(coSolution, eq(coSolution.id, cooperations.solution_id))
        .leftJoin(
          partner,
          eq(
            partner.id,
            sql`CASE WHEN ${cooperations.clinic_organization_id} = ${id}
              THEN ${cooperations.solver_organization_id} ELSE ${cooperations.clinic_organization_id} END`,
          ),
        )
        .where(cooperationWhere)
        .orderBy(desc(cooperations.started_at), desc(cooperations.id))
        .limit(PROFILE_LIST_SIZE),
      capped(db, sql`FROM ${cooperations} WHERE ${cooperationWhere}`),
    ]);
  const row = profile[0];
  if (!row) return undefined;
  const list = <T>(items: T[], [count]: { n: number }[]) => ({
    items,
    count: count?.n ?? 0,
    count_capped: (count?.n ?? 0) >= COUNT_CAP,
  });
  return {
    listed: row.listed_at !== null,
    version: row.version,
    profile: {
      ...toSummary(row),
      challenges: list(challengeRows, challengeCount),
      results: list(resultRows, resultCount),
      cooperations: list(cooperationRows, cooperationCount),
    },
  };
}
