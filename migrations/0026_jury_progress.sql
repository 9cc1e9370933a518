-- Issue 17: each jury seat's progress (declared, conflicts, scored) kept as a tally instead of
-- counted from every declaration and evaluation of the challenge on each read of the jury.
CREATE TABLE `jury_progress` (
	`challenge_id` text NOT NULL,
	`stage` integer NOT NULL,
	`user_id` text NOT NULL,
	`declared` integer DEFAULT 0 NOT NULL,
	`conflicts` integer DEFAULT 0 NOT NULL,
	`scored` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`challenge_id`, `stage`, `user_id`),
	FOREIGN KEY (`challenge_id`,`stage`,`user_id`) REFERENCES `evaluator_assignments`(`challenge_id`,`stage`,`user_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Hand-written below the table (drizzle-kit cannot express triggers). Each seat's row is counted
-- from the raw rows when the seat is taken and then moved by each write in the same statement:
-- a declaration or an evaluation of the member moves their row of its stage, a solution entering
-- or leaving the running (its status, hidden_at; deleted) moves every row of its challenge on the
-- stages whose cohort it is in, and a later stage's submission (solution_stages) moves that
-- stage's rows. `running` is domain/evaluation/jury-progress.ts's inTheRunning: a ranked status
-- (RANKED_STATUSES), not hidden, and for stage k > 1 a submitted solution_stages row of k. A
-- cascade from a deleted solution finds it gone and moves nothing: its BEFORE DELETE trigger did.
-- The table goes with its seat (foreign key), and tests/api/evaluation/jury-progress.property.test.ts
-- recounts every row after random sequences of writes.
CREATE TRIGGER `jury_progress_seat` AFTER INSERT ON `evaluator_assignments` BEGIN
	INSERT INTO jury_progress (challenge_id, stage, user_id, declared, conflicts, scored)
	VALUES (new.challenge_id, new.stage, new.user_id,
		(SELECT count(*) FROM conflict_declarations d JOIN solutions s ON s.id = d.solution_id
		WHERE d.evaluator_id = new.user_id AND d.stage = new.stage AND s.challenge_id = new.challenge_id
		AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL AND (new.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = s.id
		AND st.stage = new.stage AND st.submitted_at IS NOT NULL))),
		(SELECT count(*) FROM conflict_declarations d JOIN solutions s ON s.id = d.solution_id
		WHERE d.evaluator_id = new.user_id AND d.stage = new.stage AND d.conflict = 1 AND s.challenge_id = new.challenge_id
		AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL AND (new.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = s.id
		AND st.stage = new.stage AND st.submitted_at IS NOT NULL))),
		(SELECT count(*) FROM evaluations e JOIN solutions s ON s.id = e.solution_id
		WHERE e.evaluator_id = new.user_id AND e.stage = new.stage AND s.challenge_id = new.challenge_id
		AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL AND (new.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = s.id
		AND st.stage = new.stage AND st.submitted_at IS NOT NULL))
		AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = e.solution_id AND c.stage = new.stage
			AND c.evaluator_id = new.user_id AND c.conflict = 1)))
	ON CONFLICT(challenge_id, stage, user_id) DO UPDATE SET declared = excluded.declared,
		conflicts = excluded.conflicts, scored = excluded.scored;
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_declared_ai` AFTER INSERT ON `conflict_declarations` BEGIN
	UPDATE jury_progress SET declared = declared + 1, conflicts = conflicts + new.conflict,
		scored = scored - (new.conflict AND EXISTS (SELECT 1 FROM evaluations v WHERE v.solution_id = new.solution_id AND v.stage = new.stage AND v.evaluator_id = new.evaluator_id))
	WHERE challenge_id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
		AND stage = new.stage AND user_id = new.evaluator_id
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = new.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL)
		AND (new.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = new.solution_id
		AND st.stage = new.stage AND st.submitted_at IS NOT NULL));
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_declared_au` AFTER UPDATE OF solution_id, stage, evaluator_id, conflict
	ON `conflict_declarations` BEGIN
	UPDATE jury_progress SET declared = declared - 1, conflicts = conflicts - old.conflict,
		scored = scored + (old.conflict AND EXISTS (SELECT 1 FROM evaluations v WHERE v.solution_id = old.solution_id AND v.stage = old.stage AND v.evaluator_id = old.evaluator_id))
	WHERE challenge_id = (SELECT challenge_id FROM solutions WHERE id = old.solution_id)
		AND stage = old.stage AND user_id = old.evaluator_id
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = old.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL)
		AND (old.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = old.solution_id
		AND st.stage = old.stage AND st.submitted_at IS NOT NULL));
	UPDATE jury_progress SET declared = declared + 1, conflicts = conflicts + new.conflict,
		scored = scored - (new.conflict AND EXISTS (SELECT 1 FROM evaluations v WHERE v.solution_id = new.solution_id AND v.stage = new.stage AND v.evaluator_id = new.evaluator_id))
	WHERE challenge_id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
		AND stage = new.stage AND user_id = new.evaluator_id
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = new.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL)
		AND (new.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = new.solution_id
		AND st.stage = new.stage AND st.submitted_at IS NOT NULL));
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_declared_ad` AFTER DELETE ON `conflict_declarations` BEGIN
	UPDATE jury_progress SET declared = declared - 1, conflicts = conflicts - old.conflict,
		scored = scored + (old.conflict AND EXISTS (SELECT 1 FROM evaluations v WHERE v.solution_id = old.solution_id AND v.stage = old.stage AND v.evaluator_id = old.evaluator_id))
	WHERE challenge_id = (SELECT challenge_id FROM solutions WHERE id = old.solution_id)
		AND stage = old.stage AND user_id = old.evaluator_id
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = old.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL)
		AND (old.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = old.solution_id
		AND st.stage = old.stage AND st.submitted_at IS NOT NULL));
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_scored_ai` AFTER INSERT ON `evaluations` BEGIN
	UPDATE jury_progress SET scored = scored + 1
	WHERE challenge_id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
		AND stage = new.stage AND user_id = new.evaluator_id
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = new.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL)
		AND (new.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = new.solution_id
		AND st.stage = new.stage AND st.submitted_at IS NOT NULL))
		AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = new.solution_id AND c.stage = new.stage
			AND c.evaluator_id = new.evaluator_id AND c.conflict = 1);
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_scored_au` AFTER UPDATE OF solution_id, stage, evaluator_id ON `evaluations` BEGIN
	UPDATE jury_progress SET scored = scored - 1
	WHERE challenge_id = (SELECT challenge_id FROM solutions WHERE id = old.solution_id)
		AND stage = old.stage AND user_id = old.evaluator_id
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = old.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL)
		AND (old.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = old.solution_id
		AND st.stage = old.stage AND st.submitted_at IS NOT NULL))
		AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = old.solution_id AND c.stage = old.stage
			AND c.evaluator_id = old.evaluator_id AND c.conflict = 1);
	UPDATE jury_progress SET scored = scored + 1
	WHERE challenge_id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
		AND stage = new.stage AND user_id = new.evaluator_id
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = new.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL)
		AND (new.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = new.solution_id
		AND st.stage = new.stage AND st.submitted_at IS NOT NULL))
		AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = new.solution_id AND c.stage = new.stage
			AND c.evaluator_id = new.evaluator_id AND c.conflict = 1);
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_scored_ad` AFTER DELETE ON `evaluations` BEGIN
	UPDATE jury_progress SET scored = scored - 1
	WHERE challenge_id = (SELECT challenge_id FROM solutions WHERE id = old.solution_id)
		AND stage = old.stage AND user_id = old.evaluator_id
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = old.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL)
		AND (old.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = old.solution_id
		AND st.stage = old.stage AND st.submitted_at IS NOT NULL))
		AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = old.solution_id AND c.stage = old.stage
			AND c.evaluator_id = old.evaluator_id AND c.conflict = 1);
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_running_au` AFTER UPDATE OF status, hidden_at ON `solutions`
	WHEN (old.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND old.hidden_at IS NULL) IS NOT (new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND new.hidden_at IS NULL) BEGIN
	UPDATE jury_progress SET
		declared = declared + CASE WHEN new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND new.hidden_at IS NULL THEN 1 ELSE -1 END * (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = new.id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id),
		conflicts = conflicts + CASE WHEN new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND new.hidden_at IS NULL THEN 1 ELSE -1 END * (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = new.id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id AND d.conflict = 1),
		scored = scored + CASE WHEN new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND new.hidden_at IS NULL THEN 1 ELSE -1 END * (SELECT count(*) FROM evaluations e WHERE e.solution_id = new.id
			AND e.stage = jury_progress.stage AND e.evaluator_id = jury_progress.user_id
			AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = new.id AND c.stage = jury_progress.stage
			AND c.evaluator_id = jury_progress.user_id AND c.conflict = 1))
	WHERE challenge_id = new.challenge_id AND (jury_progress.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = new.id
		AND st.stage = jury_progress.stage AND st.submitted_at IS NOT NULL));
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_running_bd` BEFORE DELETE ON `solutions` WHEN (old.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND old.hidden_at IS NULL) BEGIN
	UPDATE jury_progress SET
		declared = declared - (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = old.id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id),
		conflicts = conflicts - (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = old.id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id AND d.conflict = 1),
		scored = scored - (SELECT count(*) FROM evaluations e WHERE e.solution_id = old.id
			AND e.stage = jury_progress.stage AND e.evaluator_id = jury_progress.user_id
			AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = old.id AND c.stage = jury_progress.stage
			AND c.evaluator_id = jury_progress.user_id AND c.conflict = 1))
	WHERE challenge_id = old.challenge_id AND (jury_progress.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = old.id
		AND st.stage = jury_progress.stage AND st.submitted_at IS NOT NULL));
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_cohort_ai` AFTER INSERT ON `solution_stages` BEGIN
	UPDATE jury_progress SET
		declared = declared + (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = new.solution_id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id),
		conflicts = conflicts + (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = new.solution_id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id AND d.conflict = 1),
		scored = scored + (SELECT count(*) FROM evaluations e WHERE e.solution_id = new.solution_id
			AND e.stage = jury_progress.stage AND e.evaluator_id = jury_progress.user_id
			AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = new.solution_id AND c.stage = jury_progress.stage
			AND c.evaluator_id = jury_progress.user_id AND c.conflict = 1))
	WHERE challenge_id = new.challenge_id AND stage = new.stage AND new.stage > 1 AND new.submitted_at IS NOT NULL
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = new.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_cohort_au` AFTER UPDATE OF solution_id, challenge_id, stage, submitted_at
	ON `solution_stages` BEGIN
	UPDATE jury_progress SET
		declared = declared - (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = old.solution_id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id),
		conflicts = conflicts - (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = old.solution_id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id AND d.conflict = 1),
		scored = scored - (SELECT count(*) FROM evaluations e WHERE e.solution_id = old.solution_id
			AND e.stage = jury_progress.stage AND e.evaluator_id = jury_progress.user_id
			AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = old.solution_id AND c.stage = jury_progress.stage
			AND c.evaluator_id = jury_progress.user_id AND c.conflict = 1))
	WHERE challenge_id = old.challenge_id AND stage = old.stage AND old.stage > 1 AND old.submitted_at IS NOT NULL
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = old.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL);
	UPDATE jury_progress SET
		declared = declared + (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = new.solution_id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id),
		conflicts = conflicts + (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = new.solution_id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id AND d.conflict = 1),
		scored = scored + (SELECT count(*) FROM evaluations e WHERE e.solution_id = new.solution_id
			AND e.stage = jury_progress.stage AND e.evaluator_id = jury_progress.user_id
			AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = new.solution_id AND c.stage = jury_progress.stage
			AND c.evaluator_id = jury_progress.user_id AND c.conflict = 1))
	WHERE challenge_id = new.challenge_id AND stage = new.stage AND new.stage > 1 AND new.submitted_at IS NOT NULL
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = new.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `jury_progress_cohort_ad` AFTER DELETE ON `solution_stages` BEGIN
	UPDATE jury_progress SET
		declared = declared - (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = old.solution_id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id),
		conflicts = conflicts - (SELECT count(*) FROM conflict_declarations d WHERE d.solution_id = old.solution_id
			AND d.stage = jury_progress.stage AND d.evaluator_id = jury_progress.user_id AND d.conflict = 1),
		scored = scored - (SELECT count(*) FROM evaluations e WHERE e.solution_id = old.solution_id
			AND e.stage = jury_progress.stage AND e.evaluator_id = jury_progress.user_id
			AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = old.solution_id AND c.stage = jury_progress.stage
			AND c.evaluator_id = jury_progress.user_id AND c.conflict = 1))
	WHERE challenge_id = old.challenge_id AND stage = old.stage AND old.stage > 1 AND old.submitted_at IS NOT NULL
		AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = old.solution_id AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL);
END;
--> statement-breakpoint
-- Backfill: every seat of every existing database, counted from the raw rows.
INSERT INTO jury_progress (challenge_id, stage, user_id, declared, conflicts, scored)
SELECT a.challenge_id, a.stage, a.user_id,
	(SELECT count(*) FROM conflict_declarations d JOIN solutions s ON s.id = d.solution_id
		WHERE d.evaluator_id = a.user_id AND d.stage = a.stage AND s.challenge_id = a.challenge_id
		AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL AND (a.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = s.id
		AND st.stage = a.stage AND st.submitted_at IS NOT NULL))),
	(SELECT count(*) FROM conflict_declarations d JOIN solutions s ON s.id = d.solution_id
		WHERE d.evaluator_id = a.user_id AND d.stage = a.stage AND d.conflict = 1 AND s.challenge_id = a.challenge_id
		AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL AND (a.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = s.id
		AND st.stage = a.stage AND st.submitted_at IS NOT NULL))),
	(SELECT count(*) FROM evaluations e JOIN solutions s ON s.id = e.solution_id
		WHERE e.evaluator_id = a.user_id AND e.stage = a.stage AND s.challenge_id = a.challenge_id
		AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL AND (a.stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = s.id
		AND st.stage = a.stage AND st.submitted_at IS NOT NULL))
		AND NOT EXISTS (SELECT 1 FROM conflict_declarations c WHERE c.solution_id = e.solution_id AND c.stage = a.stage
			AND c.evaluator_id = a.user_id AND c.conflict = 1))
FROM evaluator_assignments a;
