CREATE TABLE `impact_presence` (
	`member_id` text NOT NULL,
	`scope_id` text NOT NULL,
	`quarter` text NOT NULL,
	`since` text DEFAULT '' NOT NULL,
	`clusters` integer DEFAULT 1 NOT NULL,
	`sme` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`member_id`, `scope_id`, `quarter`)
);
--> statement-breakpoint
CREATE TABLE `impact_sme_tallies` (
	`scope_id` text NOT NULL,
	`quarter` text NOT NULL,
	`since` text NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope_id`, `quarter`, `since`)
);
--> statement-breakpoint
-- Issue 17: the distinct SMEs of the impact figures were counted on every read from each
-- organization's quarterly rows in impact_tallies (count DISTINCT over a range: every organization
-- × quarter of the cluster, twice). Now they are sums over impact_sme_tallies, kept by triggers.
-- Hand-written below (drizzle-kit cannot express triggers). First the rows already there, counted
-- once, before the triggers exist: each organization's quarters per cluster and over the network
-- (`''`), each with its previous quarter in the same scope (`since`).
INSERT INTO impact_presence (member_id, scope_id, quarter, since, clusters, sme)
	SELECT p.member_id, p.scope_id, p.quarter,
		coalesce(lag(p.quarter) OVER (PARTITION BY p.member_id, p.scope_id ORDER BY p.quarter), ''), p.clusters,
		coalesce((SELECT o.size IN ('micro', 'small', 'medium') OR (o.size IS NULL AND o.kind IN ('sme', 'startup'))
			FROM organizations o WHERE o.id = p.member_id), 0)
	FROM (SELECT substr(dimension, 5) AS member_id, cluster_id AS scope_id, quarter, 1 AS clusters FROM impact_tallies
			WHERE metric = 'solutions_submitted' AND substr(dimension, 1, 4) = 'org:' AND value > 0
		UNION ALL SELECT substr(dimension, 5), '', quarter, count(*) FROM impact_tallies
			WHERE metric = 'solutions_submitted' AND substr(dimension, 1, 4) = 'org:' AND value > 0 GROUP BY 1, 3) AS p;
--> statement-breakpoint
INSERT INTO impact_sme_tallies (scope_id, quarter, since, value)
	SELECT scope_id, quarter, since, count(*) FROM impact_presence WHERE sme = 1 GROUP BY 1, 2, 3;
--> statement-breakpoint
-- An organization's quarter in a cluster starts when its row in impact_tallies first counts a
-- solution and ends when it counts none: whichever write moves that row (a submission, a
-- withdrawal, a recount) moves the presence in the same statement. The network's row goes with
-- the first cluster in and the last cluster out.
CREATE TRIGGER `impact_presence_tally_ai` AFTER INSERT ON `impact_tallies`
	WHEN new.metric = 'solutions_submitted' AND substr(new.dimension, 1, 4) = 'org:' AND new.value > 0 BEGIN
	INSERT INTO impact_presence (member_id, scope_id, quarter, since, clusters, sme)
		SELECT substr(new.dimension, 5), s.scope_id, new.quarter,
			coalesce((SELECT max(p.quarter) FROM impact_presence p WHERE p.member_id = substr(new.dimension, 5)
				AND p.scope_id = s.scope_id AND p.quarter < new.quarter), ''), 1,
			coalesce((SELECT o.size IN ('micro', 'small', 'medium') OR (o.size IS NULL AND o.kind IN ('sme', 'startup'))
				FROM organizations o WHERE o.id = substr(new.dimension, 5)), 0)
		FROM (SELECT new.cluster_id AS scope_id UNION ALL SELECT '') AS s WHERE 1
		ON CONFLICT (member_id, scope_id, quarter) DO UPDATE SET clusters = clusters + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `impact_presence_tally_au_in` AFTER UPDATE OF value ON `impact_tallies`
	WHEN new.metric = 'solutions_submitted' AND substr(new.dimension, 1, 4) = 'org:' AND old.value <= 0 AND new.value > 0 BEGIN
	INSERT INTO impact_presence (member_id, scope_id, quarter, since, clusters, sme)
		SELECT substr(new.dimension, 5), s.scope_id, new.quarter,
			coalesce((SELECT max(p.quarter) FROM impact_presence p WHERE p.member_id = substr(new.dimension, 5)
				AND p.scope_id = s.scope_id AND p.quarter < new.quarter), ''), 1,
			coalesce((SELECT o.size IN ('micro', 'small', 'medium') OR (o.size IS NULL AND o.kind IN ('sme', 'startup'))
				FROM organizations o WHERE o.id = substr(new.dimension, 5)), 0)
		FROM (SELECT new.cluster_id AS scope_id UNION ALL SELECT '') AS s WHERE 1
		ON CONFLICT (member_id, scope_id, quarter) DO UPDATE SET clusters = clusters + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `impact_presence_tally_au_out` AFTER UPDATE OF value ON `impact_tallies`
	WHEN new.metric = 'solutions_submitted' AND substr(new.dimension, 1, 4) = 'org:' AND old.value > 0 AND new.value <= 0 BEGIN
	UPDATE impact_presence SET clusters = clusters - 1
		WHERE member_id = substr(old.dimension, 5) AND scope_id IN (old.cluster_id, '') AND quarter = old.quarter;
	DELETE FROM impact_presence
		WHERE member_id = substr(old.dimension, 5) AND scope_id IN (old.cluster_id, '') AND quarter = old.quarter AND clusters <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `impact_presence_tally_ad` AFTER DELETE ON `impact_tallies`
	WHEN old.metric = 'solutions_submitted' AND substr(old.dimension, 1, 4) = 'org:' AND old.value > 0 BEGIN
	UPDATE impact_presence SET clusters = clusters - 1
		WHERE member_id = substr(old.dimension, 5) AND scope_id IN (old.cluster_id, '') AND quarter = old.quarter;
	DELETE FROM impact_presence
		WHERE member_id = substr(old.dimension, 5) AND scope_id IN (old.cluster_id, '') AND quarter = old.quarter AND clusters <= 0;
END;
--> statement-breakpoint
-- The chain: a quarter that arrives becomes the `since` of the organization's next one in the
-- scope; one that goes hands its own `since` on to the next. The tallies follow every row's
-- (quarter, since, sme), so they are right whatever the order of the rows' changes.
CREATE TRIGGER `impact_presence_ai` AFTER INSERT ON `impact_presence` BEGIN
	UPDATE impact_presence SET since = new.quarter
		WHERE member_id = new.member_id AND scope_id = new.scope_id AND quarter = (SELECT min(p.quarter) FROM impact_presence p
			WHERE p.member_id = new.member_id AND p.scope_id = new.scope_id AND p.quarter > new.quarter);
	INSERT INTO impact_sme_tallies (scope_id, quarter, since, value) SELECT new.scope_id, new.quarter, new.since, 1 WHERE new.sme = 1
		ON CONFLICT (scope_id, quarter, since) DO UPDATE SET value = value + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `impact_presence_ad` AFTER DELETE ON `impact_presence` BEGIN
	UPDATE impact_presence SET since = old.since
		WHERE member_id = old.member_id AND scope_id = old.scope_id AND quarter = (SELECT min(p.quarter) FROM impact_presence p
			WHERE p.member_id = old.member_id AND p.scope_id = old.scope_id AND p.quarter > old.quarter);
	UPDATE impact_sme_tallies SET value = value - 1
		WHERE old.sme = 1 AND scope_id = old.scope_id AND quarter = old.quarter AND since = old.since;
END;
--> statement-breakpoint
CREATE TRIGGER `impact_presence_au` AFTER UPDATE OF since, sme ON `impact_presence`
	WHEN old.since IS NOT new.since OR old.sme IS NOT new.sme BEGIN
	UPDATE impact_sme_tallies SET value = value - 1
		WHERE old.sme = 1 AND scope_id = old.scope_id AND quarter = old.quarter AND since = old.since;
	INSERT INTO impact_sme_tallies (scope_id, quarter, since, value) SELECT new.scope_id, new.quarter, new.since, 1 WHERE new.sme = 1
		ON CONFLICT (scope_id, quarter, since) DO UPDATE SET value = value + 1;
END;
--> statement-breakpoint
-- Who counts as an SME is the organization's size (or kind) now: a change moves all its quarters
-- in or out of the tallies; a deleted organization counts no more (its solutions keep no organization).
CREATE TRIGGER `impact_presence_organization_au` AFTER UPDATE OF size, kind ON `organizations` BEGIN
	UPDATE impact_presence
		SET sme = coalesce(new.size IN ('micro', 'small', 'medium') OR (new.size IS NULL AND new.kind IN ('sme', 'startup')), 0)
		WHERE member_id = new.id
			AND sme <> coalesce(new.size IN ('micro', 'small', 'medium') OR (new.size IS NULL AND new.kind IN ('sme', 'startup')), 0);
END;
--> statement-breakpoint
CREATE TRIGGER `impact_presence_organization_ad` AFTER DELETE ON `organizations` BEGIN
	UPDATE impact_presence SET sme = 0 WHERE member_id = old.id AND sme = 1;
END;
