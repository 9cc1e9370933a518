CREATE TABLE `decided_jurors` (
	`challenge_id` text NOT NULL,
	`user_id` text NOT NULL,
	`seats` integer NOT NULL,
	`cluster_id` text NOT NULL,
	`decided_at` text NOT NULL,
	PRIMARY KEY(`challenge_id`, `user_id`),
	FOREIGN KEY (`challenge_id`) REFERENCES `challenges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decided_jurors_range_idx` ON `decided_jurors` (`cluster_id`,`decided_at`,`user_id`,`seats`);--> statement-breakpoint
ALTER TABLE `jury_figures` ADD `cluster_id` text;--> statement-breakpoint
ALTER TABLE `jury_figures` ADD `decided_at` text;--> statement-breakpoint
-- Issue 17: the impact dashboards found each decided challenge of a range in `challenges`, then
-- sought its jury_figures row and its seats in evaluator_assignments: 5 000 decided challenges
-- cost 20 ms of D1 per read. Now both are one index range by cluster and decision time. Hand-written
-- below: the rows already there, from their challenges (a decided challenge's cluster, decision
-- time and jury no longer change). New decisions keep them in their batch (keepJuryFigures).
UPDATE `jury_figures` SET (`cluster_id`, `decided_at`) =
	(SELECT c.cluster_id, c.decided_at FROM challenges c WHERE c.id = jury_figures.challenge_id);--> statement-breakpoint
INSERT INTO `decided_jurors` (`challenge_id`, `user_id`, `seats`, `cluster_id`, `decided_at`)
	SELECT a.challenge_id, a.user_id, count(*), c.cluster_id, c.decided_at FROM evaluator_assignments a
	JOIN challenges c ON c.id = a.challenge_id WHERE c.decided_at IS NOT NULL GROUP BY 1, 2;--> statement-breakpoint
CREATE INDEX `jury_figures_decided_idx` ON `jury_figures` (`cluster_id`,`decided_at`,`seats`,`pairs`,`conflicts`,`evaluations`);