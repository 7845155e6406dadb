-- ix_inbound_message_unprocessed (processed_at, received_at) served the first inbox's sweep; no query reads it
-- since the sweep moved to ix_inbound_message_due (V9) and a person's earlier messages to ix_inbound_message_from_hash.
-- Every stored text still updated it twice (the insert, then processed_at), and on H2 each commit rewrote its pages.
DROP INDEX ix_inbound_message_unprocessed ON inbound_message;
