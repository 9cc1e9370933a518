CREATE TABLE `challenge_tallies` (
	`challenge_id` text NOT NULL,
	`stage` integer NOT NULL,
	`running` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`challenge_id`, `stage`)
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `challenge_id` text;--> statement-breakpoint
CREATE INDEX `audit_log_challenge_idx` ON `audit_log` (`challenge_id`,`id`);--> statement-breakpoint
CREATE INDEX `solutions_challenge_id_idx` ON `solutions` (`challenge_id`,`id`);--> statement-breakpoint
CREATE INDEX `solutions_challenge_submitted_idx` ON `solutions` (`challenge_id`,`submitted_at`,`id`);--> statement-breakpoint
-- Hand-written below what drizzle-kit generated (it cannot express triggers). Issue 17: the
-- solutions in the running of each stage of a challenge, kept in the statement of each write that
-- moves one in or out: a solution inserted, its status or hidden_at changed, deleted, or a later
-- stage's submission (solution_stages) written, changed or removed. `running` is
-- domain/evaluation/jury-progress.ts's inTheRunning: a ranked status (RANKED_STATUSES), not hidden,
-- and for stage k > 1 a submitted solution_stages row of k. Increments insert the row when it is
-- missing; decrements only ever update one (a counted solution has its row), so a cascade from a
-- deleted challenge, whose rows go with it, never leaves a negative row behind. A solution never
-- changes challenge, nor a submission its solution. tests/api/evaluation/jury-progress.property.test.ts
-- recounts every row after random sequences of writes.
CREATE TRIGGER `challenge_tallies_solution_ai` AFTER INSERT ON `solutions`
	WHEN new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND new.hidden_at IS NULL BEGIN
	INSERT INTO challenge_tallies (challenge_id, stage, running) VALUES (new.challenge_id, 1, 1)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET running = running + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `challenge_tallies_solution_in` AFTER UPDATE OF status, hidden_at ON `solutions`
	WHEN NOT (old.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND old.hidden_at IS NULL)
	AND new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND new.hidden_at IS NULL BEGIN
	INSERT INTO challenge_tallies (challenge_id, stage, running)
	SELECT new.challenge_id, 1, 1
	UNION ALL
	SELECT st.challenge_id, st.stage, 1 FROM solution_stages st
	WHERE st.solution_id = new.id AND st.stage > 1 AND st.submitted_at IS NOT NULL
	ON CONFLICT(challenge_id, stage) DO UPDATE SET running = running + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `challenge_tallies_solution_out` AFTER UPDATE OF status, hidden_at ON `solutions`
	WHEN old.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND old.hidden_at IS NULL
	AND NOT (new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND new.hidden_at IS NULL) BEGIN
	UPDATE challenge_tallies SET running = running - 1
	WHERE challenge_id = new.challenge_id AND (stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st
		WHERE st.solution_id = new.id AND st.stage = challenge_tallies.stage AND st.submitted_at IS NOT NULL));
END;
--> statement-breakpoint
CREATE TRIGGER `challenge_tallies_solution_bd` BEFORE DELETE ON `solutions`
	WHEN old.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND old.hidden_at IS NULL BEGIN
	UPDATE challenge_tallies SET running = running - 1
	WHERE challenge_id = old.challenge_id AND (stage = 1 OR EXISTS (SELECT 1 FROM solution_stages st
		WHERE st.solution_id = old.id AND st.stage = challenge_tallies.stage AND st.submitted_at IS NOT NULL));
END;
--> statement-breakpoint
CREATE TRIGGER `challenge_tallies_cohort_ai` AFTER INSERT ON `solution_stages`
	WHEN new.stage > 1 AND new.submitted_at IS NOT NULL AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = new.solution_id
		AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL) BEGIN
	INSERT INTO challenge_tallies (challenge_id, stage, running) VALUES (new.challenge_id, new.stage, 1)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET running = running + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `challenge_tallies_cohort_au` AFTER UPDATE OF challenge_id, stage, submitted_at ON `solution_stages`
	WHEN EXISTS (SELECT 1 FROM solutions s WHERE s.id = new.solution_id
		AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL) BEGIN
	UPDATE challenge_tallies SET running = running - 1
	WHERE challenge_id = old.challenge_id AND stage = old.stage AND old.stage > 1 AND old.submitted_at IS NOT NULL;
	INSERT INTO challenge_tallies (challenge_id, stage, running)
	SELECT new.challenge_id, new.stage, 1 WHERE new.stage > 1 AND new.submitted_at IS NOT NULL
	ON CONFLICT(challenge_id, stage) DO UPDATE SET running = running + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `challenge_tallies_cohort_ad` AFTER DELETE ON `solution_stages`
	WHEN old.stage > 1 AND old.submitted_at IS NOT NULL AND EXISTS (SELECT 1 FROM solutions s WHERE s.id = old.solution_id
		AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL) BEGIN
	UPDATE challenge_tallies SET running = running - 1 WHERE challenge_id = old.challenge_id AND stage = old.stage;
END;
--> statement-breakpoint
CREATE TRIGGER `challenge_tallies_challenge_ad` AFTER DELETE ON `challenges` BEGIN
	DELETE FROM challenge_tallies WHERE challenge_id = old.id;
END;
--> statement-breakpoint
-- Backfill: every challenge's stages, counted from the raw rows.
INSERT INTO challenge_tallies (challenge_id, stage, running)
SELECT challenge_id, 1, count(*) FROM solutions
WHERE status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND hidden_at IS NULL
GROUP BY challenge_id;
--> statement-breakpoint
INSERT INTO challenge_tallies (challenge_id, stage, running)
SELECT st.challenge_id, st.stage, count(*) FROM solution_stages st JOIN solutions s ON s.id = st.solution_id
WHERE st.stage > 1 AND st.submitted_at IS NOT NULL
	AND s.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') AND s.hidden_at IS NULL
GROUP BY st.challenge_id, st.stage;
--> statement-breakpoint
-- A challenge's trail (issue 17): each entry about a challenge, one of its questions or one of its
-- solutions names the challenge, set after the insert from the entity it is about (written before
-- its audit entry, in the same batch), so the trail is one range of audit_log_challenge_idx.
CREATE TRIGGER `audit_log_challenge_ai` AFTER INSERT ON `audit_log`
	WHEN new.challenge_id IS NULL AND new.entity_type IN ('challenge', 'question', 'solution') BEGIN
	UPDATE audit_log SET challenge_id = CASE new.entity_type
		WHEN 'challenge' THEN new.entity_id
		WHEN 'question' THEN (SELECT q.challenge_id FROM questions q WHERE q.id = new.entity_id)
		ELSE (SELECT s.challenge_id FROM solutions s WHERE s.id = new.entity_id) END
	WHERE id = new.id;
END;
--> statement-breakpoint
UPDATE audit_log SET challenge_id = CASE entity_type
	WHEN 'challenge' THEN entity_id
	WHEN 'question' THEN (SELECT q.challenge_id FROM questions q WHERE q.id = audit_log.entity_id)
	ELSE (SELECT s.challenge_id FROM solutions s WHERE s.id = audit_log.entity_id) END
WHERE entity_type IN ('challenge', 'question', 'solution');
