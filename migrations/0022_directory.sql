-- Issue 16, the partner directory. Hand-edited: drizzle-kit rebuilt `organizations` for the TRL
-- CHECKs, and a rebuild of a parent table cascade-deletes in D1 (tests/tooling/migrations.test.ts),
-- so the profile columns are ALTER TABLE … ADD COLUMN, the CHECKs on the columns themselves.
ALTER TABLE `organizations` ADD `region` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `website` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `description` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `trl_min` integer CONSTRAINT "organizations_trl_min_ck" CHECK("trl_min" BETWEEN 1 AND 9);--> statement-breakpoint
ALTER TABLE `organizations` ADD `trl_max` integer CONSTRAINT "organizations_trl_max_ck" CHECK("trl_max" BETWEEN 1 AND 9 AND "trl_max" >= coalesce("trl_min", 1));--> statement-breakpoint
ALTER TABLE `organizations` ADD `listed_at` text;--> statement-breakpoint
CREATE INDEX `organizations_directory_idx` ON `organizations` (`name`,`id`) WHERE "organizations"."listed_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `organizations_directory_kind_idx` ON `organizations` (`kind`,`name`,`id`) WHERE "organizations"."listed_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `organizations_directory_country_idx` ON `organizations` (`country`,`name`,`id`) WHERE "organizations"."listed_at" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `organization_facets` (
	`organization_id` text NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`organization_id`, `facet`, `value`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "organization_facets_facet_ck" CHECK("organization_facets"."facet" IN ('capability', 'pathway', 'regulatory', 'offers', 'seeks'))
);
--> statement-breakpoint
CREATE INDEX `organization_facets_value_idx` ON `organization_facets` (`facet`,`value`,`organization_id`);--> statement-breakpoint
CREATE TABLE `organization_search_rows` (
	`seq` integer PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_search_rows_organization_uq` ON `organization_search_rows` (`organization_id`);--> statement-breakpoint
CREATE INDEX `cooperations_clinic_org_idx` ON `cooperations` (`clinic_organization_id`,`public`);--> statement-breakpoint
CREATE INDEX `cooperations_solver_org_idx` ON `cooperations` (`solver_organization_id`,`public`);--> statement-breakpoint
CREATE INDEX `solutions_organization_idx` ON `solutions` (`organization_id`,`status`);--> statement-breakpoint
-- Full text over name, description, region and capabilities (hand-written: drizzle-kit cannot
-- express FTS5 or triggers). Organizations have a text id, so the FTS rowid is
-- organization_search_rows.seq (an INTEGER PRIMARY KEY that never moves, unlike the implicit rowid
-- of `organizations`); triggers reach an organization's FTS row through that table's unique index,
-- never by scanning the FTS table for an UNINDEXED id column (a facet write per row would then
-- scan every organization). Every organization is indexed; the directory keeps to listed ones by
-- joining `organizations` (listed_at IS NOT NULL). Same tokenizer as challenges_fts (0001).
CREATE VIRTUAL TABLE `organizations_fts` USING fts5(
	name, description, region, capabilities,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `organizations_fts_ai` AFTER INSERT ON `organizations` BEGIN
	INSERT INTO organization_search_rows (organization_id) VALUES (new.id);
	INSERT INTO organizations_fts(rowid, name, description, region, capabilities)
	VALUES ((SELECT seq FROM organization_search_rows WHERE organization_id = new.id), new.name,
		coalesce(new.description, ''), coalesce(new.region, ''), '');
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_fts_au` AFTER UPDATE OF name, description, region ON `organizations` BEGIN
	UPDATE organizations_fts
	SET name = new.name, description = coalesce(new.description, ''), region = coalesce(new.region, '')
	WHERE rowid = (SELECT seq FROM organization_search_rows WHERE organization_id = new.id);
END;
--> statement-breakpoint
-- BEFORE: the search row goes with the organization (ON DELETE CASCADE), so read its seq first.
CREATE TRIGGER `organizations_fts_bd` BEFORE DELETE ON `organizations` BEGIN
	DELETE FROM organizations_fts WHERE rowid = (SELECT seq FROM organization_search_rows WHERE organization_id = old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `organization_facets_fts_ai` AFTER INSERT ON `organization_facets` WHEN new.facet = 'capability' BEGIN
	UPDATE organizations_fts
	SET capabilities = (SELECT group_concat(value, ' ') FROM organization_facets
		WHERE organization_id = new.organization_id AND facet = 'capability')
	WHERE rowid = (SELECT seq FROM organization_search_rows WHERE organization_id = new.organization_id);
END;
--> statement-breakpoint
CREATE TRIGGER `organization_facets_fts_ad` AFTER DELETE ON `organization_facets` WHEN old.facet = 'capability' BEGIN
	UPDATE organizations_fts
	SET capabilities = coalesce((SELECT group_concat(value, ' ') FROM organization_facets
		WHERE organization_id = old.organization_id AND facet = 'capability'), '')
	WHERE rowid = (SELECT seq FROM organization_search_rows WHERE organization_id = old.organization_id);
END;
--> statement-breakpoint
-- The organizations there already: a search row each (in id order), and their text.
INSERT INTO organization_search_rows (organization_id) SELECT id FROM organizations ORDER BY id;--> statement-breakpoint
INSERT INTO organizations_fts(rowid, name, description, region, capabilities)
SELECT r.seq, o.name, '', '', '' FROM organization_search_rows r JOIN organizations o ON o.id = r.organization_id;
