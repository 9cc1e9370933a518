CREATE INDEX `organizations_listed_idx` ON `organizations` (`id`) WHERE "organizations"."listed_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `calls_listed_id_idx` ON `calls` (`listed`,`id`);