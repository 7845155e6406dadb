-- The outbox's two lanes and its record of sends whose outcome is not known.
-- lane: CRISIS replies are sent by their own senders, so no queue of ordinary sends can hold them up.
-- in_doubt_since: set when an attempt starts and cleared once Twilio's answer is known (taken, or refused);
-- still set at the next attempt means the last one may have reached Twilio (the process died mid-send, or
-- the call timed out after the request was written), so Twilio's Messages list is asked before sending again.
ALTER TABLE outbound_message ADD COLUMN lane VARCHAR(10) NOT NULL DEFAULT 'ORDINARY';
ALTER TABLE outbound_message ADD COLUMN in_doubt_since DATETIME(6) NULL;
