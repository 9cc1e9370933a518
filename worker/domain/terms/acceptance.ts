import { and, eq, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { challenges, solutionMembers, solutions, termsAcceptances } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError } from '../errors';
import { acceptedCurrentTerms, assertChangeOpen } from '../solutions/lifecycle';
import type { SolutionRecord } from '../solutions/read';
import { currentTermsVersion } from './challenge-terms';

const staleTerms = (sent: number, current: number) =>
  new DomainError(
    'invalid_state',
    `You accepted version ${sent}, but the challenge's terms are at version ${current} now. Read version ${current} and accept it.`,
    { details: { current_state: 'terms_changed', current_version: current } },
  );

/**
 * A team member accepts the exact version of the challenge's terms in force, while the solution
 * may still be changed. Accepting it again changes nothing. Lands with its audit entry only if the
 * version is still the one in force, the person still on the team and the challenge still open.
 */
export async function acceptTerms(db: Database, actor: SignedIn, record: SolutionRecord, version: number) {
  const current = record.terms_version;
  if (current === null) {
    throw new DomainError(
      'invalid_state',
      'This challenge states no participation terms: there is nothing to accept.',
      {
        details: { current_state: 'no_terms' },
      },
    );
  }
  if (version !== current) throw staleTerms(version, current);
  assertChangeOpen(record, 'edit');
  if (acceptedCurrentTerms(record, actor.id)) return;
  const s = record.solution;
  const guard = sql`${currentTermsVersion(s.challenge_id)} = ${version}
    AND EXISTS (SELECT 1 FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${s.id} AND ${solutionMembers.user_id} = ${actor.id})
    AND EXISTS (SELECT 1 FROM ${solutions} JOIN ${challenges} ON ${challenges.id} = ${solutions.challenge_id}
      WHERE ${solutions.id} = ${s.id} AND ${solutions.status} IN ('draft', 'submitted') AND ${challenges.status} = 'open'
      AND ${challenges.deadline} > ${new Date().toISOString()})`;
  const fresh = sql`${guard} AND NOT EXISTS (SELECT 1 FROM ${termsAcceptances} WHERE ${termsAcceptances.solution_id} = ${s.id}
    AND ${termsAcceptances.user_id} = ${actor.id} AND ${termsAcceptances.version} = ${version})`;
  const landed = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'solution.terms_accept',
          entityType: 'solution',
          entityId: s.id,
          clusterId: record.challenge.cluster_id,
          after: { terms_version: version },
        },
        fresh,
      ),
      insertIf(
        db,
        termsAcceptances,
        { solution_id: s.id, user_id: actor.id, challenge_id: s.challenge_id, version },
        fresh,
      ),
    ],
    db
      .select({ version: termsAcceptances.version })
      .from(termsAcceptances)
      .where(
        and(
          eq(termsAcceptances.solution_id, s.id),
          eq(termsAcceptances.user_id, actor.id),
          eq(termsAcceptances.version, version),
        ),
      ),
  );
  if (landed.length === 0) {
    // The terms changed, the challenge closed, or this person left the team since we read it.
    const now = await db
      .select({ v: sql<number | null>`${currentTermsVersion(s.challenge_id)}` })
      .from(challenges)
      .where(eq(challenges.id, s.challenge_id))
      .get();
    const v = now?.v ?? 0;
    if (v && v !== version) throw staleTerms(version, v);
    throw new DomainError(
      'invalid_state',
      'The solution or its challenge changed while you accepted. Reload it and try again.',
    );
  }
}
