-- Issue 13 (hardening). Sign-in guards: attempts are counted before the password is checked, and
-- a pause is stored as a time, so it lasts its full 15 minutes (replaces the login-fail-* windows
-- in rate_limits, which age out through the scheduled clean-up). Sessions: an idle timeout; those
-- from before this migration count as last seen when they were created.
CREATE TABLE `sign_in_guards` (
	`key` text PRIMARY KEY NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`since` integer NOT NULL,
	`locked_until` integer,
	CONSTRAINT "sign_in_guards_attempts_ck" CHECK("sign_in_guards"."attempts" >= 0)
);
--> statement-breakpoint
CREATE INDEX `sign_in_guards_since_idx` ON `sign_in_guards` (`since`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `last_seen_at` text;--> statement-breakpoint
UPDATE `sessions` SET `last_seen_at` = `created_at`;
