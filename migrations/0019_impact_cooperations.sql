-- Cooperation figures in the impact tallies (issue 15): what 0018's cooperations and milestones count, the same as
-- `cooperationTallies()` and `milestoneTallies()` in worker/domain/impact/tallies.ts. No code wrote these metrics
-- before, so any row of them is cleared first and the backfill is the whole count.
DELETE FROM `impact_tallies` WHERE `metric` IN ('cooperations_started', 'pilots_started', 'pilots_completed', 'kpis_met', 'funding_minor');--> statement-breakpoint
INSERT INTO `impact_tallies` (`cluster_id`, `quarter`, `metric`, `dimension`, `value`)
SELECT co.cluster_id, substr(co.started_at, 1, 4) || '-Q' || ((CAST(substr(co.started_at, 6, 2) AS INTEGER) + 2) / 3),
  'cooperations_started', '', count(*) FROM cooperations co WHERE 1 GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO `impact_tallies` (`cluster_id`, `quarter`, `metric`, `dimension`, `value`)
SELECT co.cluster_id, substr(m.achieved_on, 1, 4) || '-Q' || ((CAST(substr(m.achieved_on, 6, 2) AS INTEGER) + 2) / 3),
  CASE m.kind WHEN 'pilot_start' THEN 'pilots_started' WHEN 'pilot_end' THEN 'pilots_completed'
    WHEN 'kpi_result' THEN 'kpis_met' ELSE 'funding_minor' END,
  CASE m.kind WHEN 'follow_on_funding' THEN m.funding_currency ELSE '' END,
  sum(CASE m.kind WHEN 'follow_on_funding' THEN m.funding_amount_minor ELSE 1 END)
FROM cooperation_milestones m JOIN cooperations co ON co.id = m.cooperation_id
WHERE m.status = 'done' AND m.achieved_on IS NOT NULL
  AND (m.kind IN ('pilot_start', 'pilot_end') OR (m.kind = 'kpi_result' AND m.kpi_met = 1)
    OR (m.kind = 'follow_on_funding' AND m.funding_currency IS NOT NULL AND m.funding_amount_minor > 0))
GROUP BY 1, 2, 3, 4;
