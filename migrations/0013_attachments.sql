CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`solution_id` text,
	`challenge_id` text,
	`uploaded_by` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`r2_key` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "attachments_one_parent_ck" CHECK(("attachments"."solution_id" IS NULL) <> ("attachments"."challenge_id" IS NULL)),
	CONSTRAINT "attachments_size_ck" CHECK("attachments"."size" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_r2_key_unique` ON `attachments` (`r2_key`);--> statement-breakpoint
CREATE INDEX `attachments_solution_idx` ON `attachments` (`solution_id`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `attachments_challenge_idx` ON `attachments` (`challenge_id`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `attachments_deleted_idx` ON `attachments` (`deleted_at`);--> statement-breakpoint
CREATE INDEX `attachments_uploader_idx` ON `attachments` (`uploaded_by`);