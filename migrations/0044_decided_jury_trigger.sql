-- Issue 17, review: the decided jury's copies (0043) are kept by the database, not by the Worker.
-- When a challenge's decision time is set, its jury_figures row (written earlier in the decision's
-- batch by keepJuryFigures) gets the challenge's cluster and decision time, and decided_jurors its
-- jurors' seats. A trigger covers every writer: a Worker still running the code from before 0043
-- during a deploy (migrations are applied first) writes jury_figures without them, and any later
-- writer of decided_at needs nothing more. Decided juries no longer change (decided-jury tests).
CREATE TRIGGER `challenges_decided_jury` AFTER UPDATE OF `decided_at` ON `challenges`
WHEN old.decided_at IS NULL AND new.decided_at IS NOT NULL BEGIN
	UPDATE jury_figures SET cluster_id = new.cluster_id, decided_at = new.decided_at WHERE challenge_id = new.id;
	INSERT INTO decided_jurors (challenge_id, user_id, seats, cluster_id, decided_at)
		SELECT a.challenge_id, a.user_id, count(*), new.cluster_id, new.decided_at FROM evaluator_assignments a
		WHERE a.challenge_id = new.id GROUP BY 1, 2
		ON CONFLICT DO NOTHING;
END;--> statement-breakpoint
-- A decision made between 0043 and this migration by a Worker without the new columns: the same
-- repair as 0043's backfill, for the rows it left without them.
UPDATE `jury_figures` SET (`cluster_id`, `decided_at`) =
	(SELECT c.cluster_id, c.decided_at FROM challenges c WHERE c.id = jury_figures.challenge_id)
	WHERE cluster_id IS NULL;--> statement-breakpoint
INSERT INTO `decided_jurors` (`challenge_id`, `user_id`, `seats`, `cluster_id`, `decided_at`)
	SELECT a.challenge_id, a.user_id, count(*), c.cluster_id, c.decided_at FROM evaluator_assignments a
	JOIN challenges c ON c.id = a.challenge_id WHERE c.decided_at IS NOT NULL GROUP BY 1, 2
	ON CONFLICT DO NOTHING;
