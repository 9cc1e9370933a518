-- Issue 14, slice E (evaluation quality). Hand-edited: drizzle-kit rebuilt `challenges` to add
-- a column with a CHECK, which would drop its FTS triggers (0001) and, since D1 ignores
-- PRAGMA foreign_keys, cascade-delete every row that references it. SQLite adds a column with a
-- CHECK in place.
ALTER TABLE `challenges` ADD `min_evaluations` integer DEFAULT 3 NOT NULL CONSTRAINT "challenges_min_evaluations_ck" CHECK("min_evaluations" >= 1);--> statement-breakpoint
CREATE TABLE `decision_overrides` (
	`challenge_id` text NOT NULL,
	`solution_id` text NOT NULL,
	`note` text NOT NULL,
	`decided_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`challenge_id`, `solution_id`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_overrides_solution_idx` ON `decision_overrides` (`solution_id`);--> statement-breakpoint
CREATE INDEX `decision_overrides_decided_by_idx` ON `decision_overrides` (`decided_by`);
