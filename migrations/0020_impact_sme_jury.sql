-- Two kept figures of the impact dashboards (issue 15), so a dashboard no longer reads every solution:
-- 1. the decided challenges' jury load, kept by the decision from now on (`keepJuryFigures`), backfilled here with
--    the same SQL as `juryFiguresOf()` in worker/domain/impact/jury.ts;
-- 2. the solutions' tallies by organization (`org:<id>`), counted by `tallySolution()` from now on, backfilled here
--    as `recountedTallies()` counts them, from which the distinct SMEs of a quarter are read.
CREATE TABLE `jury_figures` (
	`challenge_id` text PRIMARY KEY NOT NULL,
	`seats` integer NOT NULL,
	`pairs` integer NOT NULL,
	`conflicts` integer NOT NULL,
	`evaluations` integer NOT NULL,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
INSERT INTO `jury_figures` (`challenge_id`, `seats`, `pairs`, `conflicts`, `evaluations`)
WITH decided AS (SELECT id FROM challenges WHERE decided_at IS NOT NULL),
  seats AS (SELECT a.challenge_id, a.stage, a.user_id FROM evaluator_assignments a
    WHERE a.challenge_id IN (SELECT id FROM decided)),
  cohort AS (SELECT s.id, s.challenge_id, 1 AS stage FROM solutions s
      WHERE s.challenge_id IN (SELECT id FROM decided)
        AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL
    UNION ALL SELECT st.solution_id, st.challenge_id, st.stage FROM solution_stages st JOIN solutions s ON s.id = st.solution_id
      WHERE st.challenge_id IN (SELECT id FROM decided) AND st.stage > 1 AND st.submitted_at IS NOT NULL
        AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL),
  conflicted AS (SELECT k.challenge_id, d.stage, d.solution_id, d.evaluator_id FROM cohort k
    JOIN conflict_declarations d ON d.solution_id = k.id AND d.stage = k.stage AND d.conflict = 1
    JOIN seats j ON j.challenge_id = k.challenge_id AND j.stage = d.stage AND j.user_id = d.evaluator_id),
  scored AS (SELECT k.challenge_id FROM cohort k
    JOIN evaluations e ON e.solution_id = k.id AND e.stage = k.stage
    JOIN seats j ON j.challenge_id = k.challenge_id AND j.stage = e.stage AND j.user_id = e.evaluator_id
    WHERE NOT EXISTS (SELECT 1 FROM conflicted x WHERE x.solution_id = e.solution_id AND x.stage = e.stage
      AND x.evaluator_id = e.evaluator_id)),
  seat_counts AS (SELECT challenge_id, stage, count(*) AS n FROM seats GROUP BY 1, 2),
  cohort_counts AS (SELECT challenge_id, stage, count(*) AS n FROM cohort GROUP BY 1, 2),
  per_challenge AS (
    SELECT challenge_id, sum(n) AS seats, 0 AS pairs, 0 AS conflicts, 0 AS evaluations FROM seat_counts GROUP BY 1
    UNION ALL SELECT j.challenge_id, 0, sum(j.n * k.n), 0, 0 FROM seat_counts j
      JOIN cohort_counts k ON k.challenge_id = j.challenge_id AND k.stage = j.stage GROUP BY 1
    UNION ALL SELECT challenge_id, 0, 0, count(*), 0 FROM conflicted GROUP BY 1
    UNION ALL SELECT challenge_id, 0, 0, 0, count(*) FROM scored GROUP BY 1)
SELECT challenge_id, sum(seats), sum(pairs), sum(conflicts), sum(evaluations) FROM per_challenge GROUP BY 1;--> statement-breakpoint
DELETE FROM `impact_tallies` WHERE `metric` = 'solutions_submitted' AND substr(`dimension`, 1, 4) = 'org:';--> statement-breakpoint
INSERT INTO `impact_tallies` (`cluster_id`, `quarter`, `metric`, `dimension`, `value`)
SELECT c.cluster_id, substr(s.submitted_at, 1, 4) || '-Q' || ((CAST(substr(s.submitted_at, 6, 2) AS INTEGER) + 2) / 3),
  'solutions_submitted', 'org:' || s.organization_id, count(*)
FROM solutions s JOIN challenges c ON c.id = s.challenge_id
WHERE s.submitted_at IS NOT NULL AND s.status NOT IN ('draft', 'withdrawn') AND s.organization_id IS NOT NULL
GROUP BY 1, 2, 4;
