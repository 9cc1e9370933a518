CREATE TABLE `solution_scores` (
	`solution_id` text NOT NULL,
	`criterion_key` text NOT NULL,
	`total` integer NOT NULL,
	`evaluations` integer NOT NULL,
	PRIMARY KEY(`solution_id`, `criterion_key`),
	FOREIGN KEY (`solution_id`) REFERENCES `solutions`(`id`) ON UPDATE no action ON DELETE cascade
);
