CREATE TABLE `cooperation_milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`cooperation_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`planned_on` text,
	`achieved_on` text,
	`public` integer DEFAULT false NOT NULL,
	`kpi_value` real,
	`kpi_unit` text,
	`kpi_method` text,
	`kpi_met` integer,
	`regulation` text,
	`device_class` text,
	`notified_body` text,
	`funding_programme` text,
	`funding_amount_minor` integer,
	`funding_currency` text,
	`note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`updated_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`cooperation_id`) REFERENCES `cooperations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cooperation_milestones_version_ck" CHECK("cooperation_milestones"."version" >= 1),
	CONSTRAINT "cooperation_milestones_funding_ck" CHECK("cooperation_milestones"."funding_amount_minor" IS NULL OR "cooperation_milestones"."funding_amount_minor" >= 0)
);
--> statement-breakpoint
CREATE INDEX `cooperation_milestones_cooperation_idx` ON `cooperation_milestones` (`cooperation_id`,`kind`);--> statement-breakpoint
CREATE INDEX `cooperation_milestones_kind_idx` ON `cooperation_milestones` (`kind`,`status`,`achieved_on`);--> statement-breakpoint
CREATE INDEX `cooperation_milestones_created_by_idx` ON `cooperation_milestones` (`created_by`);--> statement-breakpoint
CREATE INDEX `cooperation_milestones_updated_by_idx` ON `cooperation_milestones` (`updated_by`);--> statement-breakpoint
CREATE TABLE `cooperations` (
	`id` text PRIMARY KEY NOT NULL,
	`challenge_id` text NOT NULL,
	`solution_id` text NOT NULL,
	`cluster_id` text NOT NULL,
	`clinic_organization_id` text,
	`solver_organization_id` text,
	`status` text DEFAULT 'active' NOT NULL,
	`public_clinic` integer DEFAULT false NOT NULL,
	`public_solver` integer DEFAULT false NOT NULL,
	`public` integer GENERATED ALWAYS AS (public_clinic AND public_solver) VIRTUAL,
	`version` integer DEFAULT 1 NOT NULL,
	`started_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clinic_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`solver_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "cooperations_version_ck" CHECK("cooperations"."version" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cooperations_solution_uq` ON `cooperations` (`solution_id`);--> statement-breakpoint
CREATE INDEX `cooperations_cluster_idx` ON `cooperations` (`cluster_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `cooperations_public_idx` ON `cooperations` (`public`,`id`);--> statement-breakpoint
CREATE INDEX `cooperations_challenge_idx` ON `cooperations` (`challenge_id`);