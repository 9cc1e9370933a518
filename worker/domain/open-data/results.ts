import { sql } from 'drizzle-orm';
import { RANKED, round } from '../evaluation/ranking';
import type { Dataset } from './dataset';

interface ResultRow {
  solution_id: string;
  challenge_id: string;
  challenge_title: string;
  decided_at: string;
  outcome: string;
  title: string;
  organization: string | null;
  summary_public: number;
  summary: string;
  score: number | null;
}

/**
 * Which results are public, over `solutions s` joined to `challenges c`: the dataset's rule, and
 * the "solutions made public" of an organization's profile (issue 16, domain/organizations).
 */
export const PUBLIC_RESULT = sql`c.listed = 1 AND c.visibility = 'public' AND c.decided_at IS NOT NULL
  AND s.status IN ${RANKED} AND s.hidden_at IS NULL
  AND (s.summary_public = 1 OR (s.status = 'winner' AND s.name_if_winner = 1))`;

/**
 * The public results of decided challenges in the public catalogue, exactly what their page shows
 * an anonymous visitor (evaluation/ranking.ts `publicResult`): solutions whose team made the
 * summary public (title, organization, outcome, score, summary), and winners who agreed to be
 * named with a private summary (title, organization, outcome only). No rank: the page numbers only
 * the results it shows, so a rank here would say nothing the outcome and score do not. Nothing of
 * solutions kept private, hidden, withdrawn or still in a draft. Keyset over the solutions' primary
 * key (the CROSS JOIN keeps that order instead of sorting every public result for each page).
 */
export const resultsDataset: Dataset = {
  columns: [
    'solution_id',
    'challenge_id',
    'challenge_title',
    'decided_at',
    'outcome',
    'title',
    'organization',
    'score',
    'summary',
  ],
  key: 'solution_id',
  async page(db, after, asOf, limit) {
    const rows = await db.all<ResultRow>(sql`
      SELECT s.id AS solution_id, s.challenge_id, c.title AS challenge_title, c.decided_at,
        s.status AS outcome, s.title, o.name AS organization, s.summary_public, s.summary,
        (SELECT 100.0 * sum(cr.weight * ((1.0 * ss.total / ss.evaluations) - 1) / 4.0) / sum(cr.weight)
          FROM solution_scores ss
          JOIN challenge_criteria cr ON cr.challenge_id = s.challenge_id AND cr.key = ss.criterion_key
            AND cr.stage = c.current_stage
          WHERE ss.solution_id = s.id) AS score
      FROM solutions s
      CROSS JOIN challenges c ON c.id = s.challenge_id
      LEFT JOIN organizations o ON o.id = s.organization_id
      WHERE ${PUBLIC_RESULT}
        AND s.id > ${after} AND s.created_at <= ${asOf}
      ORDER BY s.id
      LIMIT ${limit}`);
    return rows.map(({ summary_public, summary, score, ...r }) => ({
      ...r,
      score: summary_public === 1 && score !== null ? round(score) : null,
      summary: summary_public === 1 ? summary : null,
    }));
  },
};
