import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { challenges, termsTemplates } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit } from '../audit';
import { DomainError } from '../errors';
import type { TermsTemplate, TermsTemplateInput } from './terms.schema';

const templateColumns = {
  id: termsTemplates.id,
  key: termsTemplates.key,
  version: termsTemplates.version,
  language: termsTemplates.language,
  title: termsTemplates.title,
  body_md: termsTemplates.body_md,
  confidentiality: termsTemplates.confidentiality,
  ip_option: termsTemplates.ip_option,
  clinic_use: termsTemplates.clinic_use,
  data_access: termsTemplates.data_access,
  created_at: termsTemplates.created_at,
};

/** The newest version of this template's key (read through the unique key index). */
const newest = sql`(SELECT max(t2.version) FROM ${termsTemplates} AS t2
  WHERE t2.cluster_id = ${termsTemplates.cluster_id} AND t2.key = ${termsTemplates.key})`;

/** Every template of a cluster, each key's versions newest first, in one query. */
export async function listTemplates(db: Database, clusterId: string): Promise<TermsTemplate[]> {
  const rows = await db
    .select({ ...templateColumns, latest: sql<number>`${termsTemplates.version} = ${newest}`.as('latest') })
    .from(termsTemplates)
    .where(eq(termsTemplates.cluster_id, clusterId))
    .orderBy(asc(termsTemplates.key), desc(termsTemplates.version));
  return rows.map((row) => ({ ...row, latest: Boolean(row.latest) }));
}

/** The version in force of a template key in a cluster, or undefined. */
export const latestTemplate = (db: Database, clusterId: string, key: string) =>
  db
    .select({ ...templateColumns })
    .from(termsTemplates)
    .where(and(eq(termsTemplates.cluster_id, clusterId), eq(termsTemplates.key, key)))
    .orderBy(desc(termsTemplates.version))
    .limit(1)
    .get();

/**
 * A new template, or the next version of a key: versions are never edited, only superseded, so
 * the terms a challenge took stay what they were. Audited in the same batch.
 */
export async function createTemplate(
  db: Database,
  actor: SignedIn,
  clusterId: string,
  input: TermsTemplateInput,
): Promise<TermsTemplate> {
  const previous = await latestTemplate(db, clusterId, input.key);
  const version = (previous?.version ?? 0) + 1;
  const [inserted] = await db
    .batch([
      db
        .insert(termsTemplates)
        .values({
          ...input,
          data_access: input.data_access || null,
          cluster_id: clusterId,
          version,
          created_by: actor.id,
        })
        .returning(templateColumns),
      audit(db, {
        actorId: actor.id,
        action: 'terms.template',
        entityType: 'cluster',
        entityId: clusterId,
        clusterId,
        before: previous ? { key: input.key, version: previous.version } : null,
        after: { key: input.key, version, title: input.title },
      }),
    ])
    .catch((err: unknown) => {
      if (isUniqueViolation(err, 'terms_templates.key')) {
        throw new DomainError(
          'duplicate',
          `Someone saved version ${version} of the template '${input.key}' a moment ago. Read the templates again and send your text as the next version.`,
          { errors: [{ path: 'key', message: 'A newer version of this template was just saved.' }] },
        );
      }
      throw err;
    });
  const row = inserted[0];
  if (!row) throw new Error('template insert returned nothing');
  return { ...row, latest: true };
}

/**
 * The version in force of every template of a challenge's cluster (what its owner or a moderator
 * can choose), by key; batchable with the challenge page's reads. `challengeId` '' reads nothing.
 */
export const choosableTemplatesQuery = (db: Database, challengeId: string) =>
  db
    .select({ key: termsTemplates.key, version: termsTemplates.version, title: termsTemplates.title })
    .from(termsTemplates)
    .where(
      and(
        sql`${termsTemplates.cluster_id} = (SELECT ${challenges.cluster_id} FROM ${challenges} WHERE ${challenges.id} = ${challengeId})`,
        sql`${termsTemplates.version} = ${newest}`,
      ),
    )
    .orderBy(asc(termsTemplates.key));
