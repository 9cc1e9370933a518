-- Issue 17: the anonymous catalogue of one state by deadline (GET /api/v1/challenges?status=open&sort=deadline,
-- with tag and TRL filters) walks public index entries in order, the TRL range read from the index.
CREATE INDEX `challenges_status_public_deadline_idx` ON `challenges` (`status`,`listed`,`visibility`,`deadline`,`id`,`trl_min`,`trl_max`);