-- Issue 17: each cluster's listed public challenges, and those of them open now, as tallies on
-- `clusters` instead of two count(*) over the cluster's challenges on every read of the home page,
-- the cluster list and a cluster page (a pass over 100 000 index entries at a big call's scale).
ALTER TABLE `clusters` ADD `challenge_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `clusters` ADD `open_challenge_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express triggers). A challenge counts when it is listed
-- (the generated column: approved and not hidden) and public; it counts as open when its status is
-- open too. Every write that can change that (a transition, hiding, a change of visibility or of
-- cluster, an insert or a delete, whichever code path or bulk copy makes it) moves the tallies in
-- its own statement. tests/api/clusters/cluster-tallies.test.ts recounts them after each kind.
CREATE TRIGGER `clusters_tally_ai` AFTER INSERT ON `challenges`
	WHEN new.listed AND new.visibility = 'public' BEGIN
	UPDATE clusters SET challenge_count = challenge_count + 1,
		open_challenge_count = open_challenge_count + (new.status = 'open')
	WHERE id = new.cluster_id;
END;
--> statement-breakpoint
CREATE TRIGGER `clusters_tally_ad` AFTER DELETE ON `challenges`
	WHEN old.listed AND old.visibility = 'public' BEGIN
	UPDATE clusters SET challenge_count = challenge_count - 1,
		open_challenge_count = open_challenge_count - (old.status = 'open')
	WHERE id = old.cluster_id;
END;
--> statement-breakpoint
CREATE TRIGGER `clusters_tally_au` AFTER UPDATE OF status, hidden_at, visibility, cluster_id ON `challenges`
	WHEN (old.listed AND old.visibility = 'public') OR (new.listed AND new.visibility = 'public') BEGIN
	UPDATE clusters SET challenge_count = challenge_count - 1,
		open_challenge_count = open_challenge_count - (old.status = 'open')
	WHERE id = old.cluster_id AND old.listed AND old.visibility = 'public';
	UPDATE clusters SET challenge_count = challenge_count + 1,
		open_challenge_count = open_challenge_count + (new.status = 'open')
	WHERE id = new.cluster_id AND new.listed AND new.visibility = 'public';
END;
--> statement-breakpoint
-- The rows already there, counted once.
UPDATE clusters SET
	challenge_count = (SELECT count(*) FROM challenges c WHERE c.cluster_id = clusters.id AND c.listed = 1
		AND c.visibility = 'public'),
	open_challenge_count = (SELECT count(*) FROM challenges c WHERE c.cluster_id = clusters.id AND c.listed = 1
		AND c.visibility = 'public' AND c.status = 'open');
--> statement-breakpoint
-- Issue 17: the anonymous catalogue of one state by deadline (GET /api/v1/challenges?status=open&sort=deadline,
-- with tag and TRL filters) walks public index entries in order, the TRL range read from the index.
CREATE INDEX `challenges_status_public_deadline_idx` ON `challenges` (`status`,`listed`,`visibility`,`deadline`,`id`,`trl_min`,`trl_max`);