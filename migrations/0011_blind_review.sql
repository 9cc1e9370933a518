-- Issue 14, blind review: a plain ALTER (no CHECK), so the table keeps its FTS triggers and rows.
ALTER TABLE `challenges` ADD `blind_review` integer DEFAULT false NOT NULL;