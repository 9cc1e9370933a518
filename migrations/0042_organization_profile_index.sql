DROP INDEX `challenges_organization_idx`;--> statement-breakpoint
CREATE INDEX `challenges_organization_idx` ON `challenges` (`organization_id`,`listed`,`visibility`,`published_at`,`id`);