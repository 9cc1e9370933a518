import { env } from 'cloudflare:test';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { juryFiguresOf, liveJuryFiguresOf } from '../../../worker/domain/impact/jury';
import type { TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { submitSolution } from '../../helpers/solutions';
import { inStageTwo } from '../../pages/stages/fixture';
import { freshCast, jurors, solverOf } from '../evaluation/fixtures';

/**
 * The impact dashboards read the jury load of challenges in evaluation from the seats' tallies
 * (`liveJuryFiguresOf`, issue 17) instead of counting every declaration and evaluation: both must
 * give the same rows, conflicts, partial scoring, a juror without work and a second stage included.
 */
const both = async (ids: string[]) => {
  const db = createDb(env.DB);
  const list = sql.join(
    ids.map((id) => sql`SELECT ${id}`),
    sql` UNION ALL `,
  );
  const counted = await db.all(sql`SELECT * FROM (${juryFiguresOf(list)}) ORDER BY 1`);
  const tallied = await db.all(sql`SELECT * FROM (${liveJuryFiguresOf(list)}) ORDER BY 1`);
  return { counted, tallied };
};

describe('the live jury load from the tallies', { timeout: 90_000 }, () => {
  it('equals the count from the raw rows', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solvers = (await Promise.all([solverOf('Alder'), solverOf('Birch'), solverOf('Cedar')])) as TestUser[];
    const solutions: string[] = [];
    for (const solver of solvers) solutions.push(await submitSolution(solver, id));
    const [first, second, idle] = (await jurors(3)) as [TestUser, TestUser, TestUser];
    for (const juror of [first, second, idle]) await assignJury(owner, id, juror);
    await startEvaluation(owner, id);
    const [a, b, c] = solutions as [string, string, string];
    for (const s of [a, b, c]) await declare(first, s, false);
    for (const s of [a, b]) await evaluate(first, s, scoresOf([4]));
    await declare(second, a, true);
    await declare(second, b, false);
    await evaluate(second, b, scoresOf([2]));

    const staged = await inStageTwo();
    const empty = await openChallenge(owner, moderator, cluster.slug);
    const { counted, tallied } = await both([id, staged.id, empty]);
    expect(tallied).toEqual(counted);
    expect(counted.find((r) => (r as { challenge_id: string }).challenge_id === id)).toEqual({
      challenge_id: id,
      seats: 3,
      pairs: 9,
      conflicts: 1,
      evaluations: 3,
    });
  });
});
