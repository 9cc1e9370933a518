CREATE TABLE `expert_facets` (
	`user_id` text NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`user_id`, `facet`, `value`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `expert_facets_value_idx` ON `expert_facets` (`facet`,`value`,`user_id`);--> statement-breakpoint
CREATE TABLE `expert_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`public` integer DEFAULT false NOT NULL,
	`headline` text DEFAULT '' NOT NULL,
	`bio` text DEFAULT '' NOT NULL,
	`juror` integer DEFAULT false NOT NULL,
	`mentor` integer DEFAULT false NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `expert_profiles_public_idx` ON `expert_profiles` (`user_id`) WHERE "expert_profiles"."public" = 1;