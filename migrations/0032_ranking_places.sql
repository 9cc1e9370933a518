CREATE TABLE `ranking_places` (
	`challenge_id` text NOT NULL,
	`stage` integer NOT NULL,
	`solution_id` text NOT NULL,
	`weighted_rank` integer NOT NULL,
	`normalised_rank` integer NOT NULL,
	`normalised` real,
	PRIMARY KEY(`challenge_id`, `stage`, `solution_id`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ranking_places_weighted_idx` ON `ranking_places` (`challenge_id`,`stage`,`weighted_rank`);--> statement-breakpoint
CREATE INDEX `ranking_places_normalised_idx` ON `ranking_places` (`challenge_id`,`stage`,`normalised_rank`);--> statement-breakpoint
CREATE INDEX `ranking_places_solution_idx` ON `ranking_places` (`solution_id`);--> statement-breakpoint
-- The places are written with the normalised scores (issue 17): normalised scores kept before
-- there were places are treated as stale, so the next read computes both.
UPDATE `ranking_cache` SET `normalised_version` = NULL;
--> statement-breakpoint
-- The order breaks ties by the submission time: a solution in the running submitted anew moves
-- the version too, so places kept before never order it by its old time.
CREATE TRIGGER `solutions_ranking_submitted_au` AFTER UPDATE OF submitted_at ON `solutions`
	WHEN old.submitted_at IS NOT new.submitted_at
		AND new.status IN ('submitted', 'shortlisted', 'winner', 'not_selected') BEGIN
	INSERT INTO ranking_cache (challenge_id, stage, scores_version)
	SELECT challenge_id, stage, 1 FROM challenge_stages
	WHERE challenge_id = new.challenge_id AND EXISTS (SELECT 1 FROM challenges WHERE id = new.challenge_id)
	ON CONFLICT(challenge_id, stage) DO UPDATE SET scores_version = scores_version + 1;
END;
