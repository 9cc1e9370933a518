CREATE TABLE `impact_tallies` (
	`cluster_id` text NOT NULL,
	`quarter` text NOT NULL,
	`metric` text NOT NULL,
	`dimension` text DEFAULT '' NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`cluster_id`, `quarter`, `metric`, `dimension`),
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `impact_tallies_quarter_idx` ON `impact_tallies` (`quarter`,`metric`);--> statement-breakpoint
CREATE INDEX `challenges_impact_idx` ON `challenges` (`cluster_id`,`decided_at`,`published_at`,`submitted_at`,`status`);--> statement-breakpoint
CREATE INDEX `solutions_impact_idx` ON `solutions` (`challenge_id`,`submitted_at`,`organization_id`,`status`) WHERE "solutions"."submitted_at" IS NOT NULL;--> statement-breakpoint
-- Backfill, the same as `recountedTallies()` in worker/domain/impact/tallies.ts.
INSERT INTO `impact_tallies` (`cluster_id`, `quarter`, `metric`, `dimension`, `value`)
SELECT c.cluster_id, substr(c.submitted_at, 1, 4) || '-Q' || ((CAST(substr(c.submitted_at, 6, 2) AS INTEGER) + 2) / 3),
  'needs_posted', '', count(*) FROM challenges c WHERE c.submitted_at IS NOT NULL GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO `impact_tallies` (`cluster_id`, `quarter`, `metric`, `dimension`, `value`)
SELECT c.cluster_id, substr(c.published_at, 1, 4) || '-Q' || ((CAST(substr(c.published_at, 6, 2) AS INTEGER) + 2) / 3),
  'needs_published', '', count(*) FROM challenges c WHERE c.published_at IS NOT NULL GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO `impact_tallies` (`cluster_id`, `quarter`, `metric`, `dimension`, `value`)
SELECT c.cluster_id, substr(c.decided_at, 1, 4) || '-Q' || ((CAST(substr(c.decided_at, 6, 2) AS INTEGER) + 2) / 3),
  'decisions', '', count(*) FROM challenges c WHERE c.decided_at IS NOT NULL GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO `impact_tallies` (`cluster_id`, `quarter`, `metric`, `dimension`, `value`)
SELECT c.cluster_id, substr(s.submitted_at, 1, 4) || '-Q' || ((CAST(substr(s.submitted_at, 6, 2) AS INTEGER) + 2) / 3),
  'solutions_submitted',
  CASE d.k WHEN 0 THEN '' WHEN 1 THEN 'country:' || coalesce(nullif(o.country, ''), 'unknown')
    ELSE 'kind:' || coalesce(o.kind, 'unknown') END,
  count(*)
FROM solutions s JOIN challenges c ON c.id = s.challenge_id
  LEFT JOIN organizations o ON o.id = s.organization_id, (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) d
WHERE s.submitted_at IS NOT NULL AND s.status NOT IN ('draft', 'withdrawn')
GROUP BY 1, 2, 4;
