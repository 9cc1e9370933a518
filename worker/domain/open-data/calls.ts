import { sql } from 'drizzle-orm';
import type { Cell, Dataset } from './dataset';

interface CallRow {
  id: string;
  status: string;
  title: string;
  description: string;
  language: string;
  opens_at: string;
  closes_at: string;
  published_at: string | null;
  clusters: string;
  rules: string;
  benefits: string;
}

interface Benefit {
  kind: string;
  amount_minor: number | null;
  currency: string | null;
  details: string;
}

/** `money 50000.00 EUR: Up to 50 000 EUR per winner`: kind, amount in major units (never converted), details. */
const benefitText = (b: Benefit) =>
  `${b.kind}${b.amount_minor !== null && b.currency ? ` ${(b.amount_minor / 100).toFixed(2)} ${b.currency}` : ''}${
    b.details ? `: ${b.details}` : ''
  }`;

/**
 * The calls everyone sees (listed: published, closed or archived, not hidden), as the call page
 * shows an anonymous visitor: never drafts, calls in review or withdrawn, never the moderators'
 * note or who wrote it. Its rules become columns (a list is empty when the call has no such
 * rule); its clusters (lead first, then by slug) and benefits (in their order) are lists.
 * Keyset over the primary key; clusters, rules and benefits from their primary keys.
 */
export const callsDataset: Dataset = {
  columns: [
    'id',
    'status',
    'title',
    'description',
    'language',
    'opens_at',
    'closes_at',
    'published_at',
    'lead_cluster',
    'clusters',
    'trl_min',
    'trl_max',
    'organization_kinds',
    'countries',
    'company_sizes',
    'benefits',
  ],
  key: 'id',
  async page(db, after, asOf, limit) {
    // No ORDER BY inside the subqueries (the SQLite of `wrangler dev` refuses one that names the
    // outer row): clusters and benefits are put in order here. `+k.listed` keeps the planner on the
    // primary key, which gives the keyset order, instead of (listed, opens_at, id) and a sort.
    const rows = await db.all<CallRow>(sql`
      SELECT k.id, k.status, k.title, k.description, k.language, k.opens_at, k.closes_at, k.published_at,
        (SELECT json_group_array(json_array(cc.lead, cl.slug)) FROM call_clusters cc
          JOIN clusters cl ON cl.id = cc.cluster_id WHERE cc.call_id = k.id) AS clusters,
        (SELECT json_group_object(r.rule, json(r.params)) FROM call_rules r WHERE r.call_id = k.id) AS rules,
        (SELECT json_group_array(json_object('position', b.position, 'kind', b.kind, 'amount_minor', b.amount_minor,
          'currency', b.currency, 'details', b.details)) FROM call_benefits b WHERE b.call_id = k.id) AS benefits
      FROM calls k
      WHERE +k.listed = 1 AND k.id > ${after} AND k.created_at <= ${asOf}
      ORDER BY k.id
      LIMIT ${limit}`);
    return rows.map(({ clusters, rules, benefits, ...call }) => {
      const runBy = (JSON.parse(clusters) as [number, string][]).sort(
        ([leadA, a], [leadB, b]) => leadB - leadA || a.localeCompare(b),
      );
      const rule = JSON.parse(rules) as {
        trl?: { min: number; max: number };
        organization_kinds?: { kinds: string[] };
        countries?: { countries: string[] };
        company_sizes?: { sizes: string[] };
      };
      const offered = (JSON.parse(benefits) as (Benefit & { position: number })[]).sort(
        (a, b) => a.position - b.position,
      );
      const row: Record<string, Cell> = {
        ...call,
        lead_cluster: runBy.find(([lead]) => lead === 1)?.[1] ?? null,
        clusters: runBy.map(([, slug]) => slug),
        trl_min: rule.trl?.min ?? null,
        trl_max: rule.trl?.max ?? null,
        organization_kinds: rule.organization_kinds?.kinds ?? [],
        countries: rule.countries?.countries ?? [],
        company_sizes: rule.company_sizes?.sizes ?? [],
        benefits: offered.map(benefitText),
      };
      return row;
    });
  },
};
