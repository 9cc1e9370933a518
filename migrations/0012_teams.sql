CREATE TABLE `solution_members` (
	`solution_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text DEFAULT 'other' NOT NULL,
	`organization_name` text DEFAULT '' NOT NULL,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`solution_id`, `user_id`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `solution_members_user_idx` ON `solution_members` (`user_id`);--> statement-breakpoint
ALTER TABLE `invitations` ADD `role` text;--> statement-breakpoint
ALTER TABLE `conflict_declarations` ADD `automatic` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `conflict_declarations` ADD `reason` text;--> statement-breakpoint
-- Every solution's submitter is the first member of its team.
INSERT INTO `solution_members` (`solution_id`, `user_id`, `role`, `organization_name`, `added_at`)
SELECT s.`id`, s.`submitter_id`, 'other', coalesce(o.`name`, ''), s.`created_at`
FROM `solutions` s LEFT JOIN `organizations` o ON o.`id` = s.`organization_id`;
--> statement-breakpoint
-- Jurors of running challenges from the submitter's organization are recused, as from now on
-- (domain/evaluation/recusals.ts), and the ranking's sums counted again without them.
INSERT INTO `conflict_declarations` (`solution_id`, `evaluator_id`, `conflict`, `note`, `declared_at`, `automatic`, `reason`)
SELECT s.id, a.user_id, 1, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1,
  json_object('organization', min(jo.name), 'member', min(mu.name))
FROM solutions s
JOIN challenges c ON c.id = s.challenge_id AND c.status IN ('open', 'evaluation')
JOIN evaluator_assignments a ON a.challenge_id = s.challenge_id
JOIN users ju ON ju.id = a.user_id
JOIN organizations jo ON jo.id = ju.organization_id
JOIN solution_members m ON m.solution_id = s.id AND m.user_id <> a.user_id
JOIN users mu ON mu.id = m.user_id
WHERE m.organization_name <> '' AND lower(trim(m.organization_name)) = lower(trim(jo.name))
GROUP BY s.id, a.user_id
ON CONFLICT (`solution_id`, `evaluator_id`) DO UPDATE SET `conflict` = 1, `automatic` = 1, `reason` = excluded.`reason`;
--> statement-breakpoint
DELETE FROM `solution_scores` WHERE `solution_id` IN (SELECT `solution_id` FROM `conflict_declarations` WHERE `automatic` = 1);
--> statement-breakpoint
INSERT INTO `solution_scores` (`solution_id`, `criterion_key`, `total`, `evaluations`)
SELECT e.solution_id, c.key, sum(json_extract(e.scores, '$.' || c.key)), count(*)
FROM solutions s
JOIN evaluations e ON e.solution_id = s.id
JOIN evaluator_assignments a ON a.challenge_id = s.challenge_id AND a.user_id = e.evaluator_id
LEFT JOIN conflict_declarations d ON d.solution_id = e.solution_id AND d.evaluator_id = e.evaluator_id
JOIN challenge_criteria c ON c.challenge_id = s.challenge_id
WHERE s.id IN (SELECT `solution_id` FROM `conflict_declarations` WHERE `automatic` = 1) AND coalesce(d.conflict, 0) = 0
GROUP BY e.solution_id, c.key;
