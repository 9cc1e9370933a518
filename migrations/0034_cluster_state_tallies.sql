-- Issue 17: how many of each cluster's challenges are in each state, as a tally, instead of a
-- count(*) grouped by state over every challenge of a moderator's clusters on each visit to their
-- page (12 000 index entries for one cluster of the bench, 12 ms of the database's time a visit).
CREATE TABLE `cluster_state_tallies` (
	`cluster_id` text NOT NULL,
	`status` text NOT NULL,
	`challenges` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`cluster_id`, `status`),
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express triggers). Every write that adds a challenge,
-- removes one, moves it to another state or cluster, whichever code path or bulk copy makes it,
-- moves the tallies in its own statement. tests/api/clusters/cluster-tallies.test.ts recounts them.
CREATE TRIGGER `cluster_state_tally_ai` AFTER INSERT ON `challenges` BEGIN
	INSERT INTO cluster_state_tallies (cluster_id, status, challenges) VALUES (new.cluster_id, new.status, 1)
	ON CONFLICT (cluster_id, status) DO UPDATE SET challenges = challenges + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cluster_state_tally_ad` AFTER DELETE ON `challenges` BEGIN
	UPDATE cluster_state_tallies SET challenges = challenges - 1
	WHERE cluster_id = old.cluster_id AND status = old.status;
END;
--> statement-breakpoint
CREATE TRIGGER `cluster_state_tally_au` AFTER UPDATE OF status, cluster_id ON `challenges`
	WHEN old.status IS NOT new.status OR old.cluster_id IS NOT new.cluster_id BEGIN
	UPDATE cluster_state_tallies SET challenges = challenges - 1
	WHERE cluster_id = old.cluster_id AND status = old.status;
	INSERT INTO cluster_state_tallies (cluster_id, status, challenges) VALUES (new.cluster_id, new.status, 1)
	ON CONFLICT (cluster_id, status) DO UPDATE SET challenges = challenges + 1;
END;
--> statement-breakpoint
-- The rows already there, counted once.
INSERT INTO cluster_state_tallies (cluster_id, status, challenges)
	SELECT cluster_id, status, count(*) FROM challenges GROUP BY cluster_id, status;
