-- A message that cannot be handled must never hold back the next one (clinical-safety issue, hazard H17).
-- attempts: how many times handling it has begun; next_attempt_at: when the recovery sweep may try it again
-- (set at arrival to arrival + grace, then pushed back with each attempt); failed_at: given up after the last
-- attempt (a human is told; the person's later messages go on without it). handled_reason: why a message was
-- handled without a conversation turn (a sender that is not a phone number), or why it failed.
-- safety: the crisis check run on it as soon as it was stored (NONE, CONCERN, CRISIS), before and apart from its turn;
-- NULL until that check has run.
ALTER TABLE inbound_message ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE inbound_message ADD COLUMN next_attempt_at DATETIME(6) NULL;
ALTER TABLE inbound_message ADD COLUMN failed_at DATETIME(6) NULL;
ALTER TABLE inbound_message ADD COLUMN handled_reason VARCHAR(64) NULL;
ALTER TABLE inbound_message ADD COLUMN safety VARCHAR(16) NULL;
UPDATE inbound_message SET next_attempt_at = received_at WHERE processed_at IS NULL;
CREATE INDEX ix_inbound_message_due ON inbound_message (processed_at, failed_at, next_attempt_at);
