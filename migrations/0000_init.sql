CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_name_country_uq` ON `organizations` (lower("name"),`country`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`key`, `window_start`),
	CONSTRAINT "rate_limits_count_ck" CHECK("rate_limits"."count" >= 0)
);
--> statement-breakpoint
CREATE INDEX `rate_limits_window_idx` ON `rate_limits` (`window_start`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`user_agent` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_hash_uq` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`kind` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`organization_id` text,
	`locale` text,
	`password_changed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_uq` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_organization_idx` ON `users` (`organization_id`);--> statement-breakpoint
CREATE TABLE `challenge_criteria` (
	`challenge_id` text NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`weight` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`challenge_id`, `key`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "challenge_criteria_weight_ck" CHECK("challenge_criteria"."weight" BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE TABLE `challenge_tags` (
	`challenge_id` text NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`challenge_id`, `tag`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `challenge_tags_tag_idx` ON `challenge_tags` (`tag`,`challenge_id`);--> statement-breakpoint
CREATE TABLE `challenges` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`cluster_id` text NOT NULL,
	`owner_id` text NOT NULL,
	`organization_id` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`problem_statement` text NOT NULL,
	`clinical_context` text DEFAULT '' NOT NULL,
	`indication` text NOT NULL,
	`icd10_code` text,
	`care_pathway_step` text NOT NULL,
	`patient_population` text NOT NULL,
	`standard_of_care` text NOT NULL,
	`target_outcome` text NOT NULL,
	`outcome_kpi` text NOT NULL,
	`regulation` text DEFAULT 'unsure' NOT NULL,
	`device_class` text,
	`ce_marking_required` integer DEFAULT false NOT NULL,
	`data_on_offer` text DEFAULT 'none' NOT NULL,
	`involves_patient_data` integer DEFAULT false NOT NULL,
	`integration_needs` text DEFAULT '' NOT NULL,
	`trl_min` integer NOT NULL,
	`trl_max` integer NOT NULL,
	`reward_kind` text NOT NULL,
	`reward_details` text DEFAULT '' NOT NULL,
	`deadline` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`visibility` text DEFAULT 'public' NOT NULL,
	`share_feedback` integer DEFAULT false NOT NULL,
	`endorsement_count` integer DEFAULT 0 NOT NULL,
	`listed` integer GENERATED ALWAYS AS (status IN ('open', 'evaluation', 'decided', 'archived') AND hidden_at IS NULL) VIRTUAL,
	`moderator_note` text,
	`decision_note` text,
	`hidden_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`submitted_at` text,
	`published_at` text,
	`decided_at` text,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "challenges_trl_ck" CHECK("challenges"."trl_min" BETWEEN 1 AND 9 AND "challenges"."trl_max" BETWEEN 1 AND 9 AND "challenges"."trl_min" <= "challenges"."trl_max"),
	CONSTRAINT "challenges_version_ck" CHECK("challenges"."version" >= 1),
	CONSTRAINT "challenges_endorsement_count_ck" CHECK("challenges"."endorsement_count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `challenges_id_uq` ON `challenges` (`id`);--> statement-breakpoint
CREATE INDEX `challenges_listed_newest_idx` ON `challenges` (`listed`,`id`);--> statement-breakpoint
CREATE INDEX `challenges_listed_deadline_idx` ON `challenges` (`listed`,`deadline`,`id`);--> statement-breakpoint
CREATE INDEX `challenges_listed_endorsed_idx` ON `challenges` (`listed`,`endorsement_count`,`id`);--> statement-breakpoint
CREATE INDEX `challenges_status_newest_idx` ON `challenges` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `challenges_status_deadline_idx` ON `challenges` (`status`,`deadline`,`id`);--> statement-breakpoint
CREATE INDEX `challenges_status_endorsed_idx` ON `challenges` (`status`,`endorsement_count`,`id`);--> statement-breakpoint
CREATE INDEX `challenges_cluster_listed_idx` ON `challenges` (`cluster_id`,`listed`,`visibility`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `challenges_pathway_idx` ON `challenges` (`care_pathway_step`,`listed`);--> statement-breakpoint
CREATE INDEX `challenges_trl_idx` ON `challenges` (`trl_min`,`trl_max`);--> statement-breakpoint
CREATE INDEX `challenges_owner_idx` ON `challenges` (`owner_id`,`id`);--> statement-breakpoint
CREATE INDEX `challenges_organization_idx` ON `challenges` (`organization_id`);--> statement-breakpoint
CREATE TABLE `endorsements` (
	`challenge_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`challenge_id`, `user_id`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `endorsements_user_idx` ON `endorsements` (`user_id`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` text PRIMARY KEY NOT NULL,
	`challenge_id` text NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`answer` text,
	`answered_by` text,
	`answered_at` text,
	`hidden_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `questions_challenge_idx` ON `questions` (`challenge_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `questions_author_idx` ON `questions` (`author_id`);--> statement-breakpoint
CREATE TABLE `cluster_memberships` (
	`cluster_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`cluster_id`, `user_id`),
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cluster_memberships_user_idx` ON `cluster_memberships` (`user_id`);--> statement-breakpoint
CREATE TABLE `clusters` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`region` text NOT NULL,
	`country` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`website` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clusters_slug_uq` ON `clusters` (`slug`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`cluster_id` text,
	`before` text,
	`after` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_cluster_idx` ON `audit_log` (`cluster_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`,`id`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`reporter_id` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`cluster_id` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolved_by` text,
	`resolution_note` text,
	`resolved_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reports_cluster_status_idx` ON `reports` (`cluster_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_entity_idx` ON `reports` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reports_open_uq` ON `reports` (`reporter_id`,`entity_type`,`entity_id`) WHERE "reports"."status" = 'open';--> statement-breakpoint
CREATE TABLE `conflict_declarations` (
	`solution_id` text NOT NULL,
	`evaluator_id` text NOT NULL,
	`conflict` integer NOT NULL,
	`note` text,
	`declared_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`solution_id`, `evaluator_id`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conflict_declarations_evaluator_idx` ON `conflict_declarations` (`evaluator_id`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`solution_id` text NOT NULL,
	`evaluator_id` text NOT NULL,
	`scores` text NOT NULL,
	`comment` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`solution_id`, `evaluator_id`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evaluations_scores_ck" CHECK(json_valid("evaluations"."scores") AND json_type("evaluations"."scores") = 'object')
);
--> statement-breakpoint
CREATE INDEX `evaluations_evaluator_idx` ON `evaluations` (`evaluator_id`);--> statement-breakpoint
CREATE TABLE `evaluator_assignments` (
	`challenge_id` text NOT NULL,
	`user_id` text NOT NULL,
	`assigned_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`challenge_id`, `user_id`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evaluator_assignments_user_idx` ON `evaluator_assignments` (`user_id`);--> statement-breakpoint
CREATE TABLE `solutions` (
	`id` text PRIMARY KEY NOT NULL,
	`challenge_id` text NOT NULL,
	`submitter_id` text NOT NULL,
	`organization_id` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`approach` text NOT NULL,
	`trl` integer NOT NULL,
	`team` text DEFAULT '' NOT NULL,
	`ip_status` text DEFAULT 'none' NOT NULL,
	`links` text DEFAULT '[]' NOT NULL,
	`summary_public` integer DEFAULT false NOT NULL,
	`hidden_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`submitted_at` text,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "solutions_trl_ck" CHECK("solutions"."trl" BETWEEN 1 AND 9),
	CONSTRAINT "solutions_version_ck" CHECK("solutions"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `solutions_challenge_status_idx` ON `solutions` (`challenge_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `solutions_submitter_idx` ON `solutions` (`submitter_id`,`created_at`);