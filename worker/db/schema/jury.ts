import { foreignKey, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { evaluatorAssignments } from './solutions';

/**
 * Each jury seat's progress on its stage (issue 17), kept by triggers (migration 0026) in the same
 * statement as every write that changes it: a declaration, an evaluation, a seat, a solution
 * entering or leaving the running (submitted, withdrawn, hidden, shown again, deleted) or a later
 * stage's cohort. The counts are those of domain/evaluation/jury-progress.ts: over the solutions
 * of that stage's cohort in the running, the declarations (either way) and conflicts of the
 * member, and their evaluations on solutions they declared no conflict on. The row goes with the
 * seat; a member seated again is recounted from the raw rows.
 */
export const juryProgress = sqliteTable(
  'jury_progress',
  {
    challenge_id: text('challenge_id').notNull(),
    stage: integer('stage').notNull(),
    user_id: text('user_id').notNull(),
    declared: integer('declared').notNull().default(0),
    conflicts: integer('conflicts').notNull().default(0),
    scored: integer('scored').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.challenge_id, t.stage, t.user_id] }),
    foreignKey({
      columns: [t.challenge_id, t.stage, t.user_id],
      foreignColumns: [evaluatorAssignments.challenge_id, evaluatorAssignments.stage, evaluatorAssignments.user_id],
    }).onDelete('cascade'),
  ],
);

/**
 * How many solutions are in the running of each stage of a challenge (issue 17): what every jury
 * member of that stage has to get through before their conflicts. The running is
 * domain/evaluation/jury-progress.ts's `inTheRunning` (a ranked status, not hidden, and for a
 * stage after the first a submitted `solution_stages` row of it). Kept by triggers (migration
 * 0029) in the statement of every write that moves a solution in or out, so a page reads one row
 * by its key instead of counting a thousand. No row: none in the running.
 */
export const challengeTallies = sqliteTable(
  'challenge_tallies',
  {
    challenge_id: text('challenge_id').notNull(),
    stage: integer('stage').notNull(),
    running: integer('running').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.challenge_id, t.stage] })],
);
