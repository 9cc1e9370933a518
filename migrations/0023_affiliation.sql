CREATE TABLE `organization_domains` (
	`organization_id` text NOT NULL,
	`domain` text NOT NULL,
	`verified_by` text,
	`verified_at` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`verified_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_domains_domain_uq` ON `organization_domains` (`domain`);--> statement-breakpoint
CREATE INDEX `organization_domains_organization_idx` ON `organization_domains` (`organization_id`);--> statement-breakpoint
CREATE TABLE `organization_memberships` (
	`organization_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`status` text DEFAULT 'claimed' NOT NULL,
	`via` text,
	`decided_by` text,
	`claimed_at` text NOT NULL,
	`decided_at` text,
	PRIMARY KEY(`organization_id`, `user_id`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "organization_memberships_role_ck" CHECK("organization_memberships"."role" IN ('member', 'admin')),
	CONSTRAINT "organization_memberships_status_ck" CHECK("organization_memberships"."status" IN ('claimed', 'confirmed', 'declined')),
	CONSTRAINT "organization_memberships_via_ck" CHECK("organization_memberships"."via" IN ('created', 'domain', 'admin', 'moderator'))
);
--> statement-breakpoint
CREATE INDEX `organization_memberships_status_idx` ON `organization_memberships` (`organization_id`,`status`);--> statement-breakpoint
CREATE INDEX `organization_memberships_user_idx` ON `organization_memberships` (`user_id`);--> statement-breakpoint
ALTER TABLE `organizations` ADD `cluster_id` text REFERENCES `clusters`(`id`) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `verified_at` text;--> statement-breakpoint
CREATE INDEX `organizations_cluster_idx` ON `organizations` (`cluster_id`);--> statement-breakpoint
-- Nothing that exists changes: every organization so far counts as verified (the directory keeps
-- what it lists), and every living person with an organization is its confirmed member, the first
-- of each (by registration) its admin, via 'created'; the others via 'admin' with no decider.
UPDATE `organizations` SET `verified_at` = `created_at` WHERE `verified_at` IS NULL;--> statement-breakpoint
INSERT INTO `organization_memberships` (`organization_id`, `user_id`, `role`, `status`, `via`, `decided_by`, `claimed_at`, `decided_at`)
SELECT `organization_id`, `id`, CASE WHEN n = 1 THEN 'admin' ELSE 'member' END, 'confirmed',
	CASE WHEN n = 1 THEN 'created' ELSE 'admin' END, NULL, `created_at`, `created_at`
FROM (
	SELECT `organization_id`, `id`, `created_at`,
		row_number() OVER (PARTITION BY `organization_id` ORDER BY `created_at`, `id`) AS n
	FROM `users` WHERE `organization_id` IS NOT NULL AND `deleted_at` IS NULL
) AS firsts;
