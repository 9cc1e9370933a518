-- Full-text search over challenges (hand-written: drizzle-kit cannot express FTS5 or triggers).
-- The FTS rowid is challenges.seq, an INTEGER PRIMARY KEY alias that never moves.
-- unicode61 with remove_diacritics folds ä/ă/è so German, Romanian and Italian text match plain queries.
CREATE VIRTUAL TABLE `challenges_fts` USING fts5(
	title, summary, problem_statement, indication, tags,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `challenges_fts_ai` AFTER INSERT ON `challenges` BEGIN
	INSERT INTO challenges_fts(rowid, title, summary, problem_statement, indication, tags)
	VALUES (new.seq, new.title, new.summary, new.problem_statement, new.indication,
		coalesce((SELECT group_concat(tag, ' ') FROM challenge_tags WHERE challenge_id = new.id), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `challenges_fts_au` AFTER UPDATE OF title, summary, problem_statement, indication ON `challenges` BEGIN
	UPDATE challenges_fts
	SET title = new.title, summary = new.summary, problem_statement = new.problem_statement, indication = new.indication
	WHERE rowid = new.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `challenges_fts_ad` AFTER DELETE ON `challenges` BEGIN
	DELETE FROM challenges_fts WHERE rowid = old.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `challenge_tags_fts_ai` AFTER INSERT ON `challenge_tags` BEGIN
	UPDATE challenges_fts
	SET tags = (SELECT group_concat(tag, ' ') FROM challenge_tags WHERE challenge_id = new.challenge_id)
	WHERE rowid = (SELECT seq FROM challenges WHERE id = new.challenge_id);
END;
--> statement-breakpoint
CREATE TRIGGER `challenge_tags_fts_ad` AFTER DELETE ON `challenge_tags` BEGIN
	UPDATE challenges_fts
	SET tags = coalesce((SELECT group_concat(tag, ' ') FROM challenge_tags WHERE challenge_id = old.challenge_id), '')
	WHERE rowid = (SELECT seq FROM challenges WHERE id = old.challenge_id);
END;
