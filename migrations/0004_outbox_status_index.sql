-- Admins page through the emails in one state, newest first (domain/email/outbox.ts outboxByStatus).
CREATE INDEX `email_outbox_status_id_idx` ON `email_outbox` (`status`,`id`);