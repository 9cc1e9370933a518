-- Issue 17: the evaluation report's figures kept with the ranking's (ranking-cache.ts), and the few
-- evaluations with a comment found without reading every evaluation of a challenge.
ALTER TABLE `ranking_cache` ADD `report` text;--> statement-breakpoint
ALTER TABLE `ranking_cache` ADD `report_version` integer;--> statement-breakpoint
CREATE INDEX `evaluations_commented_idx` ON `evaluations` (`solution_id`,`stage`) WHERE "evaluations"."comment" <> '';