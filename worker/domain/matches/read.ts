import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { DEVICE_CLASSES, ORGANIZATION_KINDS, PARTNER_OFFERS } from '../../db/enums';
import type { ChallengeMatches, MyMatches } from './match.view';
import { callReasonOf, type Matched, type MatchLanguage, reasonOf } from './reasons';
import { MAX_MATCHES, WANTS, WEIGHTS } from './score';

type Offer = (typeof PARTNER_OFFERS)[number];

/** score.ts WANTS as rows of a CTE: `wants(rule, facet, value)`. */
const wantsCte = sql`wants(rule, facet, value) AS (VALUES ${sql.join(
  WANTS.map((w) => sql`(${w.when}, ${w.facet}, ${w.value})`),
  sql`, `,
)})`;

/** A `wants` row applies to this challenge (`c` names the challenges row): see score.ts WANTS. */
const wantApplies = (c: SQL) =>
  sql`(w.rule = 'reward:' || ${c}.reward_kind OR w.rule = 'data:' || ${c}.data_on_offer
    OR (w.rule = 'ce' AND ${c}.ce_marking_required = 1))`;

/** How many `facet:value` pairs a `wanted` list holds (none when null). */
const wantedCount = sql`coalesce(length(wanted) - length(replace(wanted, ',', '')) + 1, 0)`;

/** The weighted sum of a `scored` row (score.ts WEIGHTS). */
const scoreSql = sql`caps * ${WEIGHTS.capability} + path * ${WEIGHTS.pathway}
  + (regulatory IS NOT NULL) * ${WEIGHTS.regulatory} + coalesce(trl, 0) * ${WEIGHTS.trl} + ${wantedCount} * ${WEIGHTS.want}`;

interface ScoredRow {
  caps: number;
  path: number;
  cap_values: string | null;
  step: Matched['pathway'];
  regulatory: (typeof DEVICE_CLASSES)[number] | null;
  trl: number | null;
  p_trl_min: number | null;
  p_trl_max: number | null;
  c_trl_min: number;
  c_trl_max: number;
  wanted: string | null;
  score: number;
}

/** The columns every scored row has, for a Drizzle select over the scoring query (batchable). */
const scoredColumns = {
  caps: sql<number>`caps`,
  path: sql<number>`path`,
  cap_values: sql<string | null>`cap_values`,
  step: sql<ScoredRow['step']>`step`,
  regulatory: sql<ScoredRow['regulatory']>`regulatory`,
  trl: sql<number | null>`trl`,
  p_trl_min: sql<number | null>`p_trl_min`,
  p_trl_max: sql<number | null>`p_trl_max`,
  c_trl_min: sql<number>`c_trl_min`,
  c_trl_max: sql<number>`c_trl_max`,
  wanted: sql<string | null>`wanted`,
  score: sql<number>`score`,
};

const list = (values: string | null) => (values ? values.split(',').sort() : []);

/** The matched facets of a scored row, as `reasons.ts` explains them. */
function matchedOf(row: ScoredRow): Matched {
  const wanted = list(row.wanted).map((pair) => pair.split(':') as ['offers' | 'seeks', Offer]);
  return {
    capability: list(row.cap_values),
    pathway: row.path ? row.step : null,
    regulatory: row.regulatory,
    trl:
      row.trl && row.p_trl_min !== null && row.p_trl_max !== null
        ? { partner: [row.p_trl_min, row.p_trl_max], challenge: [row.c_trl_min, row.c_trl_max] }
        : null,
    offers: wanted.filter(([facet]) => facet === 'offers').map(([, value]) => value),
    seeks: wanted.filter(([facet]) => facet === 'seeks').map(([, value]) => value),
  };
}

interface PartnerRow extends ScoredRow {
  type: 'organization' | 'expert';
  id: string;
  name: string;
  org_kind: (typeof ORGANIZATION_KINDS)[number] | null;
  country: string;
  headline: string;
}

/**
 * The organizations and experts that fit a challenge, best first, `limit` of each, in one query.
 * Candidates come from index seeks on the challenge's tags and step (organization_facets_value_idx,
 * expert_facets_value_idx); everything else is read per candidate through primary keys. Listed
 * organizations only, never the challenge's own organization, nor one with a submitted solution
 * on it (already in); public profiles of confirmed accounts only, never the owner or a colleague.
 * The organizations already in are one set, read once from the challenge's solutions: asked per
 * candidate, SQLite took the challenge's index of submitted solutions and read all of a big
 * call's thousand for each of thousands of candidates (issue 17). Experts are grouped by the
 * facet row's user, not `u.id`, which let SQLite walk every user in id order to skip a sort.
 */
export function challengeMatchesQuery(db: Database, challengeId: string, limit: number) {
  const scoring = sql`
    WITH ch AS (SELECT id, organization_id, owner_id, care_pathway_step, device_class, trl_min, trl_max,
        reward_kind, data_on_offer, ce_marking_required FROM challenges WHERE id = ${challengeId}),
    ${wantsCte},
    hits AS (
      SELECT f.organization_id AS org, f.facet AS facet, f.value AS value
        FROM challenge_tags t CROSS JOIN organization_facets f ON f.facet = 'capability' AND f.value = t.tag
        WHERE t.challenge_id = ${challengeId}
      UNION ALL
      SELECT f.organization_id, f.facet, f.value
        FROM ch CROSS JOIN organization_facets f ON f.facet = 'pathway' AND f.value = ch.care_pathway_step
    ),
    cand AS (
      SELECT org, sum(facet = 'capability') AS caps, max(facet = 'pathway') AS path,
        group_concat(CASE WHEN facet = 'capability' THEN value END) AS cap_values
      FROM hits GROUP BY org
    ),
    orgs AS (
      SELECT 'organization' AS type, o.id AS id, o.name AS name, o.kind AS org_kind, o.country AS country,
        '' AS headline, cand.caps AS caps, cand.path AS path, cand.cap_values AS cap_values,
        ch.care_pathway_step AS step,
        (SELECT f.value FROM organization_facets f WHERE f.organization_id = o.id AND f.facet = 'regulatory'
          AND f.value = ch.device_class) AS regulatory,
        (o.trl_min <= ch.trl_max AND o.trl_max >= ch.trl_min) AS trl,
        o.trl_min AS p_trl_min, o.trl_max AS p_trl_max, ch.trl_min AS c_trl_min, ch.trl_max AS c_trl_max,
        (SELECT group_concat(w.facet || ':' || w.value) FROM wants w JOIN organization_facets f
          ON f.organization_id = o.id AND f.facet = w.facet AND f.value = w.value WHERE ${wantApplies(sql`ch`)}) AS wanted
      FROM cand CROSS JOIN organizations o ON o.id = cand.org CROSS JOIN ch
      WHERE o.listed_at IS NOT NULL AND o.id IS NOT ch.organization_id
        AND o.id NOT IN (SELECT s.organization_id FROM solutions s WHERE s.challenge_id = ${challengeId}
          AND s.submitted_at IS NOT NULL AND s.hidden_at IS NULL AND s.organization_id IS NOT NULL)
    ),
    experts AS (
      SELECT 'expert' AS type, u.id AS id, u.name AS name, NULL AS org_kind, '' AS country, p.headline AS headline,
        count(*) AS caps, 0 AS path, group_concat(t.tag) AS cap_values, NULL AS step, NULL AS regulatory,
        0 AS trl, NULL AS p_trl_min, NULL AS p_trl_max, NULL AS c_trl_min, NULL AS c_trl_max,
        NULL AS wanted
      FROM challenge_tags t CROSS JOIN expert_facets e ON e.facet = 'expertise' AND e.value = t.tag
        JOIN expert_profiles p ON p.user_id = e.user_id AND p.public = 1
        JOIN users u ON u.id = e.user_id
        CROSS JOIN ch
      WHERE t.challenge_id = ${challengeId} AND u.deleted_at IS NULL AND u.email_confirmed_at IS NOT NULL
        AND u.id <> ch.owner_id AND (ch.organization_id IS NULL OR u.organization_id IS NOT ch.organization_id)
      GROUP BY e.user_id
    ),
    candidates AS (SELECT * FROM orgs UNION ALL SELECT * FROM experts),
    scored AS (SELECT *, ${scoreSql} AS score FROM candidates),
    ranked AS (SELECT *, row_number() OVER (PARTITION BY type ORDER BY score DESC, name, id) AS rank FROM scored)
    SELECT * FROM ranked`;
  return db
    .select({
      type: sql<PartnerRow['type']>`type`,
      id: sql<string>`id`,
      name: sql<string>`name`,
      org_kind: sql<PartnerRow['org_kind']>`org_kind`,
      country: sql<string>`country`,
      headline: sql<string>`headline`,
      ...scoredColumns,
    })
    .from(sql`(${scoring}) AS matches`)
    .where(sql`rank <= ${limit}`)
    .orderBy(sql`type, rank`);
}

/** The rows of `challengeMatchesQuery` as the API shows them, with reasons in `language`. */
export function toChallengeMatches(rows: PartnerRow[], challengeId: string, language: MatchLanguage): ChallengeMatches {
  const scored = (row: PartnerRow) => {
    const matched = matchedOf(row);
    return { score: row.score, reason: reasonOf(matched, language), matched };
  };
  return {
    challenge_id: challengeId,
    organizations: rows
      .filter((row) => row.type === 'organization')
      .map((row) => ({
        organization: {
          id: row.id,
          name: row.name,
          kind: row.org_kind as NonNullable<PartnerRow['org_kind']>,
          country: row.country,
        },
        ...scored(row),
      })),
    experts: rows
      .filter((row) => row.type === 'expert')
      .map((row) => ({ person: { id: row.id, name: row.name, headline: row.headline }, ...scored(row) })),
  };
}

interface ChallengeRow extends ScoredRow {
  id: string;
  title: string;
  deadline: string;
  call_id: string | null;
  call_title: string | null;
  call_closes_at: string | null;
}

/** Whose facets a person's matches are read from. */
export interface Seeker {
  userId: string;
  /** Their confirmed organization, if any. */
  organizationId: string | null;
}

/**
 * The open challenges (and through them the open calls) that fit a person: their confirmed
 * organization's facets and their own expertise, best first, in one query. `scope` is the
 * catalogue's SQL for this reader (access/scopes visibleChallenges), over the unaliased
 * `challenges` table. Open in the first stage only (a later stage is open to its shortlist), not
 * their own or their organization's, not one they already have a solution on. Calls are read from
 * the best MAX_MATCHES challenges, each scored by its best challenge. Each candidate is one seek
 * by its id: `+` keeps SQLite from reading it through an index led by (status, listed), which
 * reads every open challenge for each candidate.
 */
export function seekerMatchesQuery(db: Database, seeker: Seeker, scope: SQL | undefined) {
  const { userId: me, organizationId: org } = seeker;
  const scoring = sql`
    WITH mine(facet, value) AS (
      SELECT facet, value FROM organization_facets WHERE organization_id = ${org}
      UNION
      SELECT 'capability', value FROM expert_facets WHERE user_id = ${me} AND facet = 'expertise'
    ),
    partner AS (SELECT trl_min, trl_max FROM organizations WHERE id = ${org}),
    ${wantsCte},
    hits AS (
      SELECT t.challenge_id AS challenge_id, 'capability' AS facet, t.tag AS value
        FROM mine m CROSS JOIN challenge_tags t ON t.tag = m.value WHERE m.facet = 'capability'
      UNION ALL
      SELECT c.id, 'pathway', c.care_pathway_step
        FROM mine m CROSS JOIN challenges c ON c.care_pathway_step = m.value AND c.listed = 1 WHERE m.facet = 'pathway'
    ),
    cand AS (
      SELECT challenge_id, sum(facet = 'capability') AS caps, max(facet = 'pathway') AS path,
        group_concat(CASE WHEN facet = 'capability' THEN value END) AS cap_values
      FROM hits GROUP BY challenge_id
    ),
    scored AS (
      SELECT challenges.id AS id, challenges.title AS title, challenges.deadline AS deadline,
        k.id AS call_id, k.title AS call_title, k.closes_at AS call_closes_at,
        cand.caps AS caps, cand.path AS path, cand.cap_values AS cap_values, challenges.care_pathway_step AS step,
        (SELECT m.value FROM mine m WHERE m.facet = 'regulatory' AND m.value = challenges.device_class) AS regulatory,
        (SELECT 1 FROM partner p WHERE p.trl_min <= challenges.trl_max AND p.trl_max >= challenges.trl_min) AS trl,
        (SELECT p.trl_min FROM partner p) AS p_trl_min, (SELECT p.trl_max FROM partner p) AS p_trl_max,
        challenges.trl_min AS c_trl_min, challenges.trl_max AS c_trl_max,
        (SELECT group_concat(w.facet || ':' || w.value) FROM wants w JOIN mine m ON m.facet = w.facet
          AND m.value = w.value WHERE ${wantApplies(sql`challenges`)}) AS wanted
      FROM cand CROSS JOIN challenges ON challenges.id = cand.challenge_id
        LEFT JOIN calls k ON k.id = challenges.call_id AND k.status = 'published' AND k.hidden_at IS NULL
      WHERE +challenges.status = 'open' AND challenges.current_stage = 1 AND ${scope ?? sql`1`}
        AND challenges.owner_id <> ${me}
        AND (${org} IS NULL OR challenges.organization_id IS NOT ${org})
        AND NOT EXISTS (SELECT 1 FROM solutions s WHERE s.challenge_id = challenges.id AND (s.submitter_id = ${me}
          OR EXISTS (SELECT 1 FROM solution_members sm WHERE sm.solution_id = s.id AND sm.user_id = ${me})))
    )
    SELECT *, ${scoreSql} AS score FROM scored`;
  return seekerSelect(db, scoring);
}

/** The challenge rows of a seeker's scoring query, best first, as a batchable Drizzle select. */
const seekerSelect = (db: Database, scoring: SQL) =>
  db
    .select({
      id: sql<string>`id`,
      title: sql<string>`title`,
      deadline: sql<string>`deadline`,
      call_id: sql<string | null>`call_id`,
      call_title: sql<string | null>`call_title`,
      call_closes_at: sql<string | null>`call_closes_at`,
      ...scoredColumns,
    })
    .from(sql`(${scoring}) AS matches`)
    .orderBy(sql`score DESC, deadline, id`)
    .limit(MAX_MATCHES);

/** The same select reading nothing (one index seek for no challenge): for a batch with no seeker to match. */
export const noSeekerMatches = (db: Database) =>
  seekerSelect(
    db,
    sql`SELECT NULL AS id, NULL AS title, NULL AS deadline, NULL AS call_id, NULL AS call_title,
      NULL AS call_closes_at, 0 AS caps, 0 AS path, NULL AS cap_values, NULL AS step, NULL AS regulatory,
      NULL AS trl, NULL AS p_trl_min, NULL AS p_trl_max, 0 AS c_trl_min, 0 AS c_trl_max, NULL AS wanted,
      0 AS score FROM challenges WHERE id = ''`,
  );

export type SeekerMatchesQuery = ReturnType<typeof seekerMatchesQuery>;

/** The rows of `seekerMatchesQuery`: the best `limit` challenges, and the calls they are in, with reasons. */
export function toSeekerMatches(
  rows: ChallengeRow[],
  limit: number,
  language: MatchLanguage,
): Omit<MyMatches, 'organization'> {
  const challenges = rows.map((row) => {
    const matched = matchedOf(row);
    return {
      challenge: { id: row.id, title: row.title, deadline: row.deadline, call_id: row.call_id },
      score: row.score,
      reason: reasonOf(matched, language),
      matched,
    };
  });
  const calls = new Map<string, MyMatches['calls'][number] & { titles: string[] }>();
  for (const row of rows) {
    if (row.call_id === null || row.call_title === null || row.call_closes_at === null) continue;
    const call = calls.get(row.call_id) ?? {
      call: { id: row.call_id, title: row.call_title, closes_at: row.call_closes_at },
      score: row.score,
      reason: '',
      challenge_ids: [],
      titles: [],
    };
    call.challenge_ids.push(row.id);
    call.titles.push(row.title);
    calls.set(row.call_id, call);
  }
  return {
    challenges: challenges.slice(0, limit),
    calls: [...calls.values()]
      .slice(0, limit)
      .map(({ titles, ...call }) => ({ ...call, reason: callReasonOf(titles, language) })),
  };
}
