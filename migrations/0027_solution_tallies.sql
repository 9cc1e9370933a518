CREATE TABLE `solution_tallies` (
	`solution_id` text NOT NULL,
	`stage` integer NOT NULL,
	`challenge_id` text NOT NULL,
	`score` real NOT NULL,
	`evaluations` integer NOT NULL,
	`means` text NOT NULL,
	`submitted_at` text,
	PRIMARY KEY(`solution_id`, `stage`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `solution_tallies_rank_idx` ON `solution_tallies` (`challenge_id`,`stage`,"score" DESC,"evaluations" DESC,`submitted_at`,`solution_id`);--> statement-breakpoint
-- Backfill from the per-criterion sums, as score-sums.ts `recomputeScores` keeps them (issue 17).
INSERT INTO `solution_tallies` (`solution_id`, `stage`, `challenge_id`, `score`, `evaluations`, `means`, `submitted_at`)
SELECT ss.solution_id, c.stage, s.challenge_id,
	100.0 * sum(c.weight * ((1.0 * ss.total / ss.evaluations) - 1) / 4.0) / sum(c.weight),
	max(ss.evaluations), json_group_object(ss.criterion_key, 1.0 * ss.total / ss.evaluations), s.submitted_at
FROM solutions s
JOIN solution_scores ss ON ss.solution_id = s.id
JOIN challenge_criteria c ON c.challenge_id = s.challenge_id AND c.key = ss.criterion_key AND c.stage = ss.stage
WHERE ss.evaluations > 0
GROUP BY ss.solution_id, c.stage;
