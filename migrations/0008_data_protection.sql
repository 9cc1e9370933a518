-- Issue 13 (data protection). Deleted accounts keep their row (others' threads and decided results
-- point at it) with name, address and password gone and deleted_at set. Admins purge free text
-- posted by mistake from an audit entry: the entry says which fields, when and by whom.
-- Indexes for what a person is asked about (their data export, the deletion of their account).
ALTER TABLE `users` ADD `deleted_at` text;--> statement-breakpoint
CREATE INDEX `users_admin_idx` ON `users` (`id`) WHERE "users"."is_admin" = 1;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `purged_fields` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `purged_at` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `purged_by` text REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `invitations_invited_by_idx` ON `invitations` (`invited_by`);--> statement-breakpoint
CREATE INDEX `invitations_accepted_by_idx` ON `invitations` (`accepted_by`);--> statement-breakpoint
CREATE INDEX `reports_reporter_idx` ON `reports` (`reporter_id`);--> statement-breakpoint
CREATE INDEX `email_outbox_user_idx` ON `email_outbox` (`user_id`);--> statement-breakpoint
CREATE INDEX `email_outbox_to_email_idx` ON `email_outbox` (`to_email`);