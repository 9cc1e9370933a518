import { and, desc, eq, inArray, max, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { challenges, challengeTerms } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import type { ChallengeStatus } from '../challenges/lifecycle';
import type { ChallengeRecord } from '../challenges/read';
import { editModeFor } from '../challenges/update';
import { DomainError, invalidField } from '../errors';
import { latestTemplate } from './templates';
import type { ChallengeTerms, ChallengeTermsInput, ChallengeTermsVersion } from './terms.schema';

const versionColumns = {
  version: challengeTerms.version,
  template_key: challengeTerms.template_key,
  template_version: challengeTerms.template_version,
  language: challengeTerms.language,
  title: challengeTerms.title,
  body_md: challengeTerms.body_md,
  submissions_confidential: challengeTerms.submissions_confidential,
  ip_option: challengeTerms.ip_option,
  clinic_use: challengeTerms.clinic_use,
  data_access: challengeTerms.data_access,
  created_at: challengeTerms.created_at,
};

/** Every version of a challenge's terms, newest first (a handful of rows by the primary key); batchable. */
export const challengeTermsQuery = (db: Database, challengeId: string | SQL) =>
  db
    .select(versionColumns)
    .from(challengeTerms)
    .where(eq(challengeTerms.challenge_id, challengeId))
    .orderBy(desc(challengeTerms.version));

/** The versions read by `challengeTermsQuery`, as the API and the pages show them. */
export const toChallengeTerms = (challengeId: string, rows: ChallengeTermsVersion[]): ChallengeTerms => ({
  challenge_id: challengeId,
  current: rows[0] ?? null,
  versions: rows.map((r) => ({ version: r.version, created_at: r.created_at })),
});

/**
 * When a challenge's terms can be set: by its owner while they edit it (draft, changes requested),
 * by a moderator's amendment while it is open (once it is in evaluation nobody submits any more,
 * so new terms would bind no one).
 */
export const termsChangeable = (status: ChallengeStatus, mode: 'edit' | 'amend' | null) =>
  mode === 'edit' || (mode === 'amend' && status === 'open');

/** The version in force of a challenge's terms, as SQL (null: none). */
export const currentTermsVersion = (challengeId: string | SQLWrapper) =>
  sql`(SELECT max(${challengeTerms.version}) FROM ${challengeTerms} WHERE ${challengeTerms.challenge_id} = ${challengeId})`;

/**
 * Sets a challenge's terms from the latest version of a template of its cluster, taken as a
 * snapshot (the exact text people accept). Before approval the owner's choice replaces version 1
 * (nobody can have accepted it: solutions come once the challenge is open); a moderator's
 * amendment of an open challenge adds the next version, which every team member accepts again
 * before they submit or change their solution.
 */
export async function setChallengeTerms(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  input: ChallengeTermsInput,
): Promise<number> {
  const { row } = record;
  const mode = editModeFor(actor, record);
  if (!termsChangeable(row.status, mode)) {
    throw new DomainError(
      'invalid_state',
      `The challenge is ${row.status}: its terms can be changed while it is open (by a moderator) or before approval (by its owner).`,
      { details: { current_state: row.status } },
    );
  }
  const template = await latestTemplate(db, row.cluster_id, input.template_key);
  if (!template) {
    throw invalidField(
      'template_key',
      `This cluster has no terms template '${input.template_key}'. GET /api/v1/clusters/{slug}/terms lists its templates.`,
    );
  }
  const statuses: ChallengeStatus[] = mode === 'edit' ? ['draft', 'changes_requested'] : ['open'];
  const guard = sql`EXISTS (SELECT 1 FROM ${challenges} WHERE ${challenges.id} = ${row.id} AND ${inArray(challenges.status, statuses)})`;
  const confidential = input.submissions_confidential ?? template.confidentiality === 'confidential';
  const snapshot = {
    challenge_id: row.id,
    template_id: template.id,
    template_key: template.key,
    template_version: template.version,
    language: template.language,
    title: template.title,
    body_md: template.body_md,
    submissions_confidential: confidential,
    ip_option: template.ip_option,
    clinic_use: template.clinic_use,
    data_access: template.data_access,
    created_by: actor.id,
  };
  const previous = await db
    .select({ version: max(challengeTerms.version) })
    .from(challengeTerms)
    .where(eq(challengeTerms.challenge_id, row.id))
    .get();
  const version = mode === 'edit' ? 1 : (previous?.version ?? 0) + 1;
  // Computed when the batch runs, so two amendments at once make two versions.
  const next = sql`coalesce(${currentTermsVersion(row.id)}, 0) + 1` as unknown as number;
  const landed = await batchEndingWith(
    db,
    [
      // Before approval: the owner's earlier choice is replaced, not kept as a version nobody saw.
      ...(mode === 'edit'
        ? [db.delete(challengeTerms).where(and(eq(challengeTerms.challenge_id, row.id), guard))]
        : []),
      insertIf(db, challengeTerms, { ...snapshot, version: next }, guard),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: mode === 'edit' ? 'challenge.terms' : 'challenge.terms_amend',
          entityType: 'challenge',
          entityId: row.id,
          clusterId: row.cluster_id,
          before: previous?.version ? { terms_version: previous.version } : null,
          after: {
            terms_version: version,
            template_key: template.key,
            template_version: template.version,
            submissions_confidential: confidential,
          },
        },
        guard,
      ),
    ],
    db
      .select({ version: max(challengeTerms.version) })
      .from(challengeTerms)
      .where(eq(challengeTerms.challenge_id, row.id)),
  );
  const now = landed[0]?.version;
  if (!now || (mode === 'amend' && now <= (previous?.version ?? 0))) {
    throw new DomainError(
      'invalid_state',
      'The challenge changed state while its terms were being set. Reload it and try again.',
    );
  }
  return now;
}
