CREATE INDEX `notifications_challenge_kind_idx` ON `notifications` (`challenge_id`,`kind`);--> statement-breakpoint
-- "We have this need too" is a clinician's word since issue 12: endorsements given before by other
-- accounts no longer count (their authors could not withdraw them under the new rule).
DELETE FROM `endorsements` WHERE `user_id` IN (SELECT `id` FROM `users` WHERE `kind` != 'clinician');
--> statement-breakpoint
UPDATE `challenges` SET `endorsement_count` = (SELECT count(*) FROM `endorsements` e WHERE e.`challenge_id` = `challenges`.`id`);
