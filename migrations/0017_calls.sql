CREATE TABLE `call_benefits` (
	`call_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_minor` integer,
	`currency` text,
	`details` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`call_id`, `position`),
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "call_benefits_amount_ck" CHECK("call_benefits"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE `call_clusters` (
	`call_id` text NOT NULL,
	`cluster_id` text NOT NULL,
	`lead` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`call_id`, `cluster_id`),
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `call_clusters_cluster_idx` ON `call_clusters` (`cluster_id`,`call_id`);--> statement-breakpoint
CREATE TABLE `call_rules` (
	`call_id` text NOT NULL,
	`rule` text NOT NULL,
	`params` text NOT NULL,
	PRIMARY KEY(`call_id`, `rule`),
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `calls` (
	`id` text PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`created_by` text,
	`moderator_note` text,
	`hidden_at` text,
	`published_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`listed` integer GENERATED ALWAYS AS (status IN ('published', 'closed', 'archived') AND hidden_at IS NULL) VIRTUAL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "calls_dates_ck" CHECK("calls"."opens_at" < "calls"."closes_at"),
	CONSTRAINT "calls_version_ck" CHECK("calls"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `calls_listed_opens_idx` ON `calls` (`listed`,`opens_at`,`id`);--> statement-breakpoint
CREATE INDEX `calls_status_closes_idx` ON `calls` (`status`,`closes_at`);--> statement-breakpoint
CREATE INDEX `calls_created_by_idx` ON `calls` (`created_by`);--> statement-breakpoint
ALTER TABLE `organizations` ADD `size` text;--> statement-breakpoint
ALTER TABLE `challenges` ADD `call_id` text REFERENCES calls(id);--> statement-breakpoint
CREATE INDEX `challenges_call_idx` ON `challenges` (`call_id`,`listed`,`id`);