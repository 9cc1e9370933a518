-- Issue 15, stages. Hand-edited after drizzle-kit (plan §1.0, §1.1), because on D1:
-- * foreign keys are always enforced, so a parent table (challenges, solutions, …) is never rebuilt: it
--   only gets `ALTER TABLE … ADD COLUMN`; dropping its old copy would cascade-delete every child row;
-- * only leaf tables (nothing references them) are rebuilt, with `stage` in their keys, after the
--   ranking triggers of 0010 are dropped (`ALTER TABLE … RENAME` re-parses every trigger and fails on
--   one that names a dropped table); the triggers are created again at the end, keyed per stage;
-- * `PRAGMA defer_foreign_keys` replaces drizzle-kit's `foreign_keys=OFF`, which D1 ignores.
-- Every existing row becomes stage 1: one `challenge_stages` row per challenge, one `solution_stages`
-- row per submitted solution, and stage 1 is what every challenge was before.
PRAGMA defer_foreign_keys = on;--> statement-breakpoint
DROP TRIGGER IF EXISTS `evaluations_ranking_ai`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `evaluations_ranking_au`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `evaluations_ranking_ad`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `conflicts_ranking_ai`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `conflicts_ranking_au`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `conflicts_ranking_ad`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `jury_ranking_ai`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `jury_ranking_ad`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `solutions_ranking_ai`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `solutions_ranking_au`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `solutions_ranking_ad`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `criteria_ranking_ai`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `criteria_ranking_au`;--> statement-breakpoint
DROP TRIGGER IF EXISTS `criteria_ranking_ad`;--> statement-breakpoint
CREATE TABLE `challenge_stages` (
	`challenge_id` text NOT NULL,
	`stage` integer NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'submission' NOT NULL,
	`deadline` text NOT NULL,
	`evaluation_deadline` text,
	`min_evaluations` integer DEFAULT 3 NOT NULL,
	`share_feedback` integer DEFAULT false NOT NULL,
	`required_fields` text DEFAULT '[]' NOT NULL,
	`opened_at` text,
	`closed_at` text,
	`advanced_at` text,
	PRIMARY KEY(`challenge_id`, `stage`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "challenge_stages_stage_ck" CHECK("challenge_stages"."stage" BETWEEN 1 AND 5),
	CONSTRAINT "challenge_stages_min_evaluations_ck" CHECK("challenge_stages"."min_evaluations" >= 1)
);
--> statement-breakpoint
CREATE TABLE `solution_stages` (
	`solution_id` text NOT NULL,
	`challenge_id` text NOT NULL,
	`stage` integer NOT NULL,
	`submitted_at` text,
	`snapshot` text,
	`outcome` text DEFAULT 'pending' NOT NULL,
	`outcome_at` text,
	`outcome_by` text,
	`feedback_shared` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`solution_id`, `stage`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outcome_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "solution_stages_stage_ck" CHECK("solution_stages"."stage" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE INDEX `solution_stages_cohort_idx` ON `solution_stages` (`challenge_id`,`stage`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `solution_stages_outcome_by_idx` ON `solution_stages` (`outcome_by`);--> statement-breakpoint
CREATE TABLE `stage_slots` (
	`challenge_id` text NOT NULL,
	`stage` integer NOT NULL,
	`solution_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`solution_id`, `stage`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stage_slots_challenge_idx` ON `stage_slots` (`challenge_id`,`stage`,`starts_at`);--> statement-breakpoint
ALTER TABLE `challenge_criteria` ADD `stage` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `challenge_criteria_stage_idx` ON `challenge_criteria` (`challenge_id`,`stage`,`position`);--> statement-breakpoint
ALTER TABLE `challenges` ADD `current_stage` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `invitations` ADD `stage` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `solution_scores` ADD `stage` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `solutions` ADD `budget_amount_minor` integer;--> statement-breakpoint
ALTER TABLE `solutions` ADD `budget_currency` text;--> statement-breakpoint
ALTER TABLE `solutions` ADD `work_plan` text;--> statement-breakpoint
INSERT INTO `challenge_stages` (`challenge_id`, `stage`, `name`, `kind`, `deadline`, `evaluation_deadline`, `min_evaluations`, `share_feedback`, `required_fields`, `opened_at`, `closed_at`)
SELECT `id`, 1, '', 'submission', `deadline`, `evaluation_deadline`, `min_evaluations`, `share_feedback`,
	'["title","summary","trl","approach","team","ip_status","links","attachments"]', `published_at`, `submissions_closed_at`
FROM `challenges`;--> statement-breakpoint
INSERT INTO `solution_stages` (`solution_id`, `challenge_id`, `stage`, `submitted_at`, `snapshot`, `outcome`, `outcome_at`)
SELECT s.`id`, s.`challenge_id`, 1, s.`submitted_at`, NULL,
	CASE s.`status` WHEN 'winner' THEN 'winner' WHEN 'not_selected' THEN 'not_selected' ELSE 'pending' END,
	CASE WHEN s.`status` IN ('winner', 'not_selected') THEN c.`decided_at` END
FROM `solutions` s JOIN `challenges` c ON c.`id` = s.`challenge_id`
WHERE s.`submitted_at` IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__new_conflict_declarations` (
	`solution_id` text NOT NULL,
	`evaluator_id` text NOT NULL,
	`stage` integer DEFAULT 1 NOT NULL,
	`conflict` integer NOT NULL,
	`note` text,
	`declared_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`automatic` integer DEFAULT false NOT NULL,
	`reason` text,
	PRIMARY KEY(`solution_id`, `stage`, `evaluator_id`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_conflict_declarations`("solution_id", "evaluator_id", "conflict", "note", "declared_at", "automatic", "reason") SELECT "solution_id", "evaluator_id", "conflict", "note", "declared_at", "automatic", "reason" FROM `conflict_declarations`;--> statement-breakpoint
DROP TABLE `conflict_declarations`;--> statement-breakpoint
ALTER TABLE `__new_conflict_declarations` RENAME TO `conflict_declarations`;--> statement-breakpoint
CREATE INDEX `conflict_declarations_evaluator_idx` ON `conflict_declarations` (`evaluator_id`,`stage`);--> statement-breakpoint
CREATE TABLE `__new_evaluation_drafts` (
	`solution_id` text NOT NULL,
	`evaluator_id` text NOT NULL,
	`stage` integer DEFAULT 1 NOT NULL,
	`scores` text NOT NULL,
	`comment` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`solution_id`, `stage`, `evaluator_id`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evaluation_drafts_scores_ck" CHECK(json_valid("__new_evaluation_drafts"."scores") AND json_type("__new_evaluation_drafts"."scores") = 'object')
);
--> statement-breakpoint
INSERT INTO `__new_evaluation_drafts`("solution_id", "evaluator_id", "scores", "comment", "updated_at") SELECT "solution_id", "evaluator_id", "scores", "comment", "updated_at" FROM `evaluation_drafts`;--> statement-breakpoint
DROP TABLE `evaluation_drafts`;--> statement-breakpoint
ALTER TABLE `__new_evaluation_drafts` RENAME TO `evaluation_drafts`;--> statement-breakpoint
CREATE INDEX `evaluation_drafts_evaluator_idx` ON `evaluation_drafts` (`evaluator_id`,`stage`);--> statement-breakpoint
CREATE TABLE `__new_evaluations` (
	`solution_id` text NOT NULL,
	`evaluator_id` text NOT NULL,
	`stage` integer DEFAULT 1 NOT NULL,
	`scores` text NOT NULL,
	`comment` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`solution_id`, `stage`, `evaluator_id`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evaluations_scores_ck" CHECK(json_valid("__new_evaluations"."scores") AND json_type("__new_evaluations"."scores") = 'object')
);
--> statement-breakpoint
INSERT INTO `__new_evaluations`("solution_id", "evaluator_id", "scores", "comment", "created_at", "updated_at") SELECT "solution_id", "evaluator_id", "scores", "comment", "created_at", "updated_at" FROM `evaluations`;--> statement-breakpoint
DROP TABLE `evaluations`;--> statement-breakpoint
ALTER TABLE `__new_evaluations` RENAME TO `evaluations`;--> statement-breakpoint
CREATE INDEX `evaluations_evaluator_idx` ON `evaluations` (`evaluator_id`,`stage`);--> statement-breakpoint
CREATE TABLE `__new_evaluator_assignments` (
	`challenge_id` text NOT NULL,
	`stage` integer DEFAULT 1 NOT NULL,
	`user_id` text NOT NULL,
	`assigned_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`challenge_id`, `stage`, `user_id`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_evaluator_assignments`("challenge_id", "user_id", "assigned_by", "created_at") SELECT "challenge_id", "user_id", "assigned_by", "created_at" FROM `evaluator_assignments`;--> statement-breakpoint
DROP TABLE `evaluator_assignments`;--> statement-breakpoint
ALTER TABLE `__new_evaluator_assignments` RENAME TO `evaluator_assignments`;--> statement-breakpoint
CREATE INDEX `evaluator_assignments_user_idx` ON `evaluator_assignments` (`user_id`,`stage`);--> statement-breakpoint
CREATE TABLE `__new_ranking_cache` (
	`challenge_id` text NOT NULL,
	`stage` integer DEFAULT 1 NOT NULL,
	`scores_version` integer DEFAULT 0 NOT NULL,
	`normalised` text,
	`normalised_version` integer,
	`agreement` text,
	`agreement_version` integer,
	PRIMARY KEY(`challenge_id`, `stage`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP TABLE `ranking_cache`;--> statement-breakpoint
ALTER TABLE `__new_ranking_cache` RENAME TO `ranking_cache`;--> statement-breakpoint
-- The ranking triggers of 0010, per stage: a write raises the version of the stage it is about; a
-- solution entering or leaving the running raises every stage of its challenge.
CREATE TRIGGER `challenges_stage_ai` AFTER INSERT ON `challenges` BEGIN
	INSERT OR IGNORE INTO challenge_stages (challenge_id, stage, name, kind, deadline, evaluation_deadline,
		min_evaluations, share_feedback, required_fields, opened_at, closed_at)
	VALUES (new.id, 1, '', 'submission', new.deadline, new.evaluation_deadline, new.min_evaluations,
		new.share_feedback, '["title","summary","trl","approach","team","ip_status","links","attachments"]',
		new.published_at, new.submissions_closed_at);
END;
--> statement-breakpoint
-- The challenge's deadline, evaluation deadline, minimum and feedback setting mirror its current
-- stage: every edit of them (the challenge form, a moderator's amendment) lands in the stage too.
CREATE TRIGGER `challenges_stage_au` AFTER UPDATE OF deadline, evaluation_deadline, min_evaluations, share_feedback,
	published_at, submissions_closed_at ON `challenges` BEGIN
	UPDATE challenge_stages SET deadline = new.deadline, evaluation_deadline = new.evaluation_deadline,
		min_evaluations = new.min_evaluations, share_feedback = new.share_feedback,
		opened_at = CASE WHEN stage = 1 THEN new.published_at ELSE opened_at END,
		closed_at = CASE WHEN stage = 1 THEN new.submissions_closed_at ELSE closed_at END
	WHERE challenge_id = new.id AND stage = new.current_stage;
END;
--> statement-breakpoint
CREATE TRIGGER `solutions_stage_ai` AFTER INSERT ON `solutions` WHEN new.submitted_at IS NOT NULL BEGIN
	INSERT OR IGNORE INTO solution_stages (solution_id, challenge_id, stage, submitted_at)
	VALUES (new.id, new.challenge_id, 1, new.submitted_at);
END;
--> statement-breakpoint
CREATE TRIGGER `solutions_stage_au` AFTER UPDATE OF submitted_at ON `solutions`
	WHEN old.submitted_at IS NULL AND new.submitted_at IS NOT NULL BEGIN
	INSERT OR IGNORE INTO solution_stages (solution_id, challenge_id, stage, submitted_at)
	VALUES (new.id, new.challenge_id, 1, new.submitted_at);
END;
--> statement-breakpoint
CREATE TRIGGER `evaluations_ranking_ai` AFTER INSERT ON `evaluations` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, new.stage, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `evaluations_ranking_au` AFTER UPDATE OF scores ON `evaluations` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, new.stage, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `evaluations_ranking_ad` AFTER DELETE ON `evaluations` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, old.stage, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = old.solution_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflicts_ranking_ai` AFTER INSERT ON `conflict_declarations` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, new.stage, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflicts_ranking_au` AFTER UPDATE OF conflict ON `conflict_declarations` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, new.stage, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = new.solution_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `conflicts_ranking_ad` AFTER DELETE ON `conflict_declarations` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, old.stage, 1 FROM challenges WHERE id = (SELECT challenge_id FROM solutions WHERE id = old.solution_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `jury_ranking_ai` AFTER INSERT ON `evaluator_assignments` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, new.stage, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `jury_ranking_ad` AFTER DELETE ON `evaluator_assignments` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, old.stage, 1 FROM challenges WHERE id = old.challenge_id
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `solutions_ranking_ai` AFTER INSERT ON `solutions` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT challenge_id, stage, 1 FROM challenge_stages
	WHERE challenge_id = new.challenge_id AND EXISTS (SELECT 1 FROM challenges WHERE id = new.challenge_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `solutions_ranking_au` AFTER UPDATE OF status, hidden_at ON `solutions`
	WHEN (old.status IN ('submitted', 'shortlisted', 'winner', 'not_selected'))
		IS NOT (new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected'))
		OR (old.hidden_at IS NULL) IS NOT (new.hidden_at IS NULL) BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT challenge_id, stage, 1 FROM challenge_stages
	WHERE challenge_id = new.challenge_id AND EXISTS (SELECT 1 FROM challenges WHERE id = new.challenge_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `solutions_ranking_ad` AFTER DELETE ON `solutions` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT challenge_id, stage, 1 FROM challenge_stages
	WHERE challenge_id = old.challenge_id AND EXISTS (SELECT 1 FROM challenges WHERE id = old.challenge_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `criteria_ranking_ai` AFTER INSERT ON `challenge_criteria` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, new.stage, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `criteria_ranking_au` AFTER UPDATE ON `challenge_criteria` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, new.stage, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, old.stage, 1 FROM challenges WHERE id = old.challenge_id AND old.stage IS NOT new.stage
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `criteria_ranking_ad` AFTER DELETE ON `challenge_criteria` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, old.stage, 1 FROM challenges WHERE id = old.challenge_id
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `solution_stages_ranking_ai` AFTER INSERT ON `solution_stages` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, new.stage, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `solution_stages_ranking_au` AFTER UPDATE OF submitted_at ON `solution_stages` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, new.stage, 1 FROM challenges WHERE id = new.challenge_id
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `solution_stages_ranking_ad` AFTER DELETE ON `solution_stages` BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT id, old.stage, 1 FROM challenges WHERE id = old.challenge_id
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
