CREATE TABLE `evaluation_drafts` (
	`solution_id` text NOT NULL,
	`evaluator_id` text NOT NULL,
	`scores` text NOT NULL,
	`comment` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`solution_id`, `evaluator_id`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evaluation_drafts_scores_ck" CHECK(json_valid("evaluation_drafts"."scores") AND json_type("evaluation_drafts"."scores") = 'object')
);
--> statement-breakpoint
CREATE INDEX `evaluation_drafts_evaluator_idx` ON `evaluation_drafts` (`evaluator_id`);--> statement-breakpoint
ALTER TABLE `challenge_criteria` ADD `description` text;--> statement-breakpoint
ALTER TABLE `challenges` ADD `submissions_closed_at` text;--> statement-breakpoint
ALTER TABLE `solutions` ADD `name_if_winner` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Challenges already past submissions closed at their deadline (the cron moved them) or earlier; the deadline is the best we know.
UPDATE `challenges` SET `submissions_closed_at` = `deadline` WHERE `status` IN ('evaluation', 'decided', 'archived') AND `submissions_closed_at` IS NULL;
