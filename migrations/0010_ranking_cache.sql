-- Issue 14: the normalised ranking and the agreement figures, computed once per change instead
-- of from every evaluation on every read. Hand-written below the table: drizzle-kit cannot express
-- triggers. Each trigger raises the challenge's `scores_version` in the same statement as a write
-- that changes which evaluations count or what they say, so no write path can forget it. The
-- version is raised only for a challenge that still exists (a cascade from a deleted challenge
-- must not insert a row that references it). A solution moving between the ranked statuses (the
-- decision naming winners) changes nothing that counts and raises nothing.
CREATE TABLE `ranking_cache` (
	`challenge_id` text PRIMARY KEY NOT NULL,
	`scores_version` integer DEFAULT 0 NOT NULL,
	`normalised` text,
	`normalised_version` integer,
	`agreement` text,
	`agreement_version` integer,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TRIGGER `evaluations_ranking_ai` AFTER INSERT ON `evaluations` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `evaluations_ranking_au` AFTER UPDATE OF scores ON `evaluations` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `evaluations_ranking_ad` AFTER DELETE ON `evaluations` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = old.solution_id)
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflicts_ranking_ai` AFTER INSERT ON `conflict_declarations` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflicts_ranking_au` AFTER UPDATE OF conflict ON `conflict_declarations` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflicts_ranking_ad` AFTER DELETE ON `conflict_declarations` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = old.solution_id)
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `jury_ranking_ai` AFTER INSERT ON `evaluator_assignments` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `jury_ranking_ad` AFTER DELETE ON `evaluator_assignments` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = old.challenge_id
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `solutions_ranking_ai` AFTER INSERT ON `solutions` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `solutions_ranking_au` AFTER UPDATE OF status, hidden_at ON `solutions`
	WHEN (old.status IN ('submitted', 'shortlisted', 'winner', 'not_selected'))
		IS NOT (new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected'))
		OR (old.hidden_at IS NULL) IS NOT (new.hidden_at IS NULL) BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `solutions_ranking_ad` AFTER DELETE ON `solutions` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = old.challenge_id
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `criteria_ranking_ai` AFTER INSERT ON `challenge_criteria` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `criteria_ranking_au` AFTER UPDATE ON `challenge_criteria` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `criteria_ranking_ad` AFTER DELETE ON `challenge_criteria` BEGIN
	INSERT INTO ranking_cache (challenge_id, scores_version)
	SELECT id, 1 FROM challenges WHERE id = old.challenge_id
	ON CONFLICT(challenge_id) DO UPDATE SET scores_version = scores_version + 1;
END;
