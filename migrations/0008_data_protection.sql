-- Issue 13 (data protection). Deleted accounts keep their row (others' threads and decided results
-- point at it) with name, address and password gone and deleted_at set. Admins purge free text
-- posted by mistake from an audit entry: the entry says which fields, when and by whom.
ALTER TABLE `users` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `purged_fields` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `purged_at` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `purged_by` text REFERENCES users(id);