import { type SQL, sql } from 'drizzle-orm';
import { callRules, challenges, organizations } from '../../db/schema';

/**
 * Statement guard (issue 15): the call the challenge is in when the batch runs admits this
 * organization and TRL — the same answer as `unmetRules`, in SQL, so a rule changed or an
 * organization edited between the check and the write stops the submission instead of slipping
 * through. True when the challenge is in no call or its call has no rules. A TRL left out
 * (`undefined`, a solution created without one) is not judged, as in `unmetRules`; an organization
 * that does not exist (or none) fails every organization rule. Served by the PKs of
 * `challenges`, `call_rules` and `organizations`.
 */
export function meetsCallRules(
  challengeId: string,
  organizationId: string | null,
  trl: number | null | undefined,
): SQL {
  const trlMet =
    trl === undefined
      ? sql`1`
      : sql`${trl} BETWEEN json_extract(${callRules.params}, '$.min') AND json_extract(${callRules.params}, '$.max')`;
  const listed = (path: string, value: SQL) =>
    sql`EXISTS (SELECT 1 FROM json_each(${callRules.params}, ${path}) AS j WHERE j.value = ${value})`;
  return sql`NOT EXISTS (SELECT 1 FROM ${challenges}
    JOIN ${callRules} ON ${callRules.call_id} = ${challenges.call_id}
    LEFT JOIN ${organizations} ON ${organizations.id} = ${organizationId}
    WHERE ${challenges.id} = ${challengeId} AND NOT coalesce(CASE ${callRules.rule}
      WHEN 'trl' THEN ${trlMet}
      WHEN 'organization_kinds' THEN ${listed('$.kinds', sql`${organizations.kind}`)}
      WHEN 'countries' THEN ${listed('$.countries', sql`${organizations.country}`)}
      WHEN 'company_sizes' THEN ${listed('$.sizes', sql`${organizations.size}`)}
      ELSE 0 END, 0))`;
}
