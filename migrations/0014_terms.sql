CREATE TABLE `challenge_terms` (
	`challenge_id` text NOT NULL,
	`version` integer NOT NULL,
	`template_id` text,
	`template_key` text NOT NULL,
	`template_version` integer NOT NULL,
	`language` text NOT NULL,
	`title` text NOT NULL,
	`body_md` text NOT NULL,
	`submissions_confidential` integer NOT NULL,
	`ip_option` text NOT NULL,
	`clinic_use` text NOT NULL,
	`data_access` text,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`challenge_id`, `version`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`template_id`) REFERENCES `terms_templates`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `terms_acceptances` (
	`solution_id` text NOT NULL,
	`user_id` text NOT NULL,
	`challenge_id` text NOT NULL,
	`version` integer NOT NULL,
	`accepted_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`solution_id`, `user_id`, `version`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `terms_acceptances_user_idx` ON `terms_acceptances` (`user_id`);--> statement-breakpoint
CREATE INDEX `terms_acceptances_challenge_idx` ON `terms_acceptances` (`challenge_id`);--> statement-breakpoint
CREATE TABLE `terms_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`cluster_id` text NOT NULL,
	`key` text NOT NULL,
	`version` integer NOT NULL,
	`language` text NOT NULL,
	`title` text NOT NULL,
	`body_md` text NOT NULL,
	`confidentiality` text NOT NULL,
	`ip_option` text NOT NULL,
	`clinic_use` text NOT NULL,
	`data_access` text,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `terms_templates_key_version_uq` ON `terms_templates` (`cluster_id`,`key`,`version`);