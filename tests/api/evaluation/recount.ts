import { env } from 'cloudflare:test';

/** One per-solution tally of the weighted ranking, as kept or as recounted. */
export interface Tally {
  solution_id: string;
  stage: number;
  score: number;
  evaluations: number;
  means: Record<string, number>;
  submitted_at: string | null;
}

/** What `solution_tallies` holds for a challenge, sorted by solution and stage. */
export async function keptTallies(challengeId: string): Promise<Tally[]> {
  const { results } = await env.DB.prepare(
    `SELECT solution_id, stage, score, evaluations, means, submitted_at FROM solution_tallies
     WHERE challenge_id = ? ORDER BY solution_id, stage`,
  )
    .bind(challengeId)
    .all<Omit<Tally, 'means'> & { means: string }>();
  return results
    .map((r) => ({ ...r, means: JSON.parse(r.means) as Record<string, number> }))
    .sort((a, b) => a.solution_id.localeCompare(b.solution_id) || a.stage - b.stage);
}

/**
 * The same tallies recounted from the raw rows, without `solution_scores`: the evaluations that
 * count (by a current jury member of their stage who declared no conflict on the solution), the
 * mean per criterion of that stage, and the weighted score Σ w·(mean − 1)/4 / Σ w × 100.
 */
export async function recountedTallies(challengeId: string): Promise<Tally[]> {
  const [counted, criteria] = await env.DB.batch<Record<string, unknown>>([
    env.DB.prepare(
      `SELECT e.solution_id, e.stage, e.scores, s.submitted_at FROM evaluations e
       JOIN solutions s ON s.id = e.solution_id
       WHERE s.challenge_id = ?1
         AND EXISTS (SELECT 1 FROM evaluator_assignments a WHERE a.challenge_id = ?1 AND a.stage = e.stage
           AND a.user_id = e.evaluator_id)
         AND NOT EXISTS (SELECT 1 FROM conflict_declarations d WHERE d.solution_id = e.solution_id
           AND d.stage = e.stage AND d.evaluator_id = e.evaluator_id AND d.conflict = 1)`,
    ).bind(challengeId),
    env.DB.prepare('SELECT stage, key, weight FROM challenge_criteria WHERE challenge_id = ?').bind(challengeId),
  ]);
  const groups = new Map<
    string,
    { solution_id: string; stage: number; submitted_at: string | null; scores: Record<string, number>[] }
  >();
  for (const row of counted?.results ?? []) {
    const key = `${row.solution_id}|${row.stage}`;
    const group = groups.get(key) ?? {
      solution_id: String(row.solution_id),
      stage: Number(row.stage),
      submitted_at: (row.submitted_at as string | null) ?? null,
      scores: [],
    };
    group.scores.push(JSON.parse(String(row.scores)) as Record<string, number>);
    groups.set(key, group);
  }
  const tallies = [...groups.values()].map((g) => {
    const ofStage = (criteria?.results ?? []).filter((c) => Number(c.stage) === g.stage);
    const means = Object.fromEntries(
      ofStage.map((c) => [
        String(c.key),
        g.scores.reduce((sum, s) => sum + (s[String(c.key)] ?? 0), 0) / g.scores.length,
      ]),
    );
    const weights = ofStage.reduce((sum, c) => sum + Number(c.weight), 0);
    const score =
      (100 * ofStage.reduce((sum, c) => sum + (Number(c.weight) * ((means[String(c.key)] ?? 0) - 1)) / 4, 0)) / weights;
    return {
      solution_id: g.solution_id,
      stage: g.stage,
      score,
      evaluations: g.scores.length,
      means,
      submitted_at: g.submitted_at,
    };
  });
  return tallies.sort((a, b) => a.solution_id.localeCompare(b.solution_id) || a.stage - b.stage);
}

/** Kept and recounted, with scores and means rounded to 9 places (floating sums in another order). */
export async function talliesAgree(challengeId: string) {
  const round = (t: Tally) => ({
    ...t,
    score: Math.round(t.score * 1e9) / 1e9,
    means: Object.fromEntries(Object.entries(t.means).map(([k, v]) => [k, Math.round(v * 1e9) / 1e9])),
  });
  const [kept, recounted] = await Promise.all([keptTallies(challengeId), recountedTallies(challengeId)]);
  return { kept: kept.map(round), recounted: recounted.map(round) };
}
