CREATE TABLE `event_clusters` (
	`event_id` text NOT NULL,
	`cluster_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `cluster_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_clusters_cluster_idx` ON `event_clusters` (`cluster_id`);--> statement-breakpoint
CREATE TABLE `event_registrations` (
	`event_id` text NOT NULL,
	`user_id` text NOT NULL,
	`status` text NOT NULL,
	`terms_accepted_at` text NOT NULL,
	`availability` text,
	`note` text DEFAULT '' NOT NULL,
	`decided_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`event_id`, `user_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_registrations_status_idx` ON `event_registrations` (`event_id`,`status`);--> statement-breakpoint
CREATE INDEX `event_registrations_user_idx` ON `event_registrations` (`user_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`cluster_id` text NOT NULL,
	`kind` text DEFAULT 'partnering' NOT NULL,
	`title` text NOT NULL,
	`topic` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`mode` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`timezone` text NOT NULL,
	`venue` text,
	`link` text,
	`capacity` integer,
	`terms` text DEFAULT '' NOT NULL,
	`slot_minutes` integer DEFAULT 20 NOT NULL,
	`tables` integer DEFAULT 10 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` text,
	`schedule_version` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "events_times_ck" CHECK("events"."ends_at" > "events"."starts_at"),
	CONSTRAINT "events_capacity_ck" CHECK("events"."capacity" IS NULL OR "events"."capacity" >= 1),
	CONSTRAINT "events_slot_ck" CHECK("events"."slot_minutes" BETWEEN 5 AND 240),
	CONSTRAINT "events_tables_ck" CHECK("events"."tables" BETWEEN 1 AND 1000),
	CONSTRAINT "events_version_ck" CHECK("events"."version" >= 1)
);
--> statement-breakpoint
CREATE INDEX `events_status_idx` ON `events` (`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_cluster_idx` ON `events` (`cluster_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_created_by_idx` ON `events` (`created_by`);--> statement-breakpoint
CREATE TABLE `meeting_follow_ups` (
	`meeting_id` text NOT NULL,
	`user_id` text NOT NULL,
	`met` integer NOT NULL,
	`next_step` text DEFAULT 'none' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_follow_ups_user_idx` ON `meeting_follow_ups` (`user_id`);--> statement-breakpoint
CREATE TABLE `meeting_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`from_user` text NOT NULL,
	`to_user` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`decided_at` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_user`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_user`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "meeting_requests_pair_ck" CHECK("meeting_requests"."from_user" <> "meeting_requests"."to_user")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_requests_pair_uq` ON `meeting_requests` (`event_id`,min(`from_user`, `to_user`),max(`from_user`, `to_user`));--> statement-breakpoint
CREATE INDEX `meeting_requests_to_idx` ON `meeting_requests` (`event_id`,`to_user`,`status`);--> statement-breakpoint
CREATE INDEX `meeting_requests_from_idx` ON `meeting_requests` (`from_user`);--> statement-breakpoint
CREATE INDEX `meeting_requests_to_user_idx` ON `meeting_requests` (`to_user`);--> statement-breakpoint
CREATE INDEX `meeting_requests_status_idx` ON `meeting_requests` (`event_id`,`status`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`request_id` text NOT NULL,
	`from_user` text NOT NULL,
	`to_user` text NOT NULL,
	`starts_at` text,
	`ends_at` text,
	`table_number` integer,
	`video_link` text,
	`unplaced_reason` text,
	`reminded_at` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `meeting_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_user`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_user`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_request_uq` ON `meetings` (`request_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_table_uq` ON `meetings` (`event_id`,`starts_at`,`table_number`) WHERE "meetings"."starts_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `meetings_event_idx` ON `meetings` (`event_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `meetings_from_idx` ON `meetings` (`from_user`,`event_id`);--> statement-breakpoint
CREATE INDEX `meetings_to_idx` ON `meetings` (`to_user`,`event_id`);--> statement-breakpoint
CREATE INDEX `meetings_reminder_idx` ON `meetings` (`starts_at`) WHERE "meetings"."reminded_at" IS NULL;