ALTER TABLE `webhook_deliveries` ADD `next_attempt_at` text;--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
-- Deliveries pending before this column was due from when they were made, so the sweep finds them.
UPDATE `webhook_deliveries` SET `next_attempt_at` = `created_at` WHERE `status` = 'pending';
