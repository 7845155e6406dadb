-- Phone numbers at rest: a person's number and the addresses of their messages are stored encrypted by the
-- application (AES-GCM, like message bodies), each with a keyed hash (HMAC-SHA256, PHONE_LOOKUP_KEY) beside it to
-- find rows by number. Rows written before this (clear numbers, hash NULL) are converted by the application at
-- start-up (privacy.PhoneNumbersAtRest), which encrypts the number and fills the hash.

-- person: the number is found by its hash, which is what is unique now (ciphertexts differ for one number).
ALTER TABLE person DROP CONSTRAINT uq_person_phone;
ALTER TABLE person MODIFY phone_e164 VARCHAR(255) NOT NULL;
ALTER TABLE person ADD COLUMN phone_e164_hash VARCHAR(64) NULL;
CREATE UNIQUE INDEX uq_person_phone_hash ON person (phone_e164_hash);

-- inbound_message: the sender's address (a person's number, for SMS and the app); to_address is the service's own.
ALTER TABLE inbound_message MODIFY from_address VARCHAR(255) NOT NULL;
ALTER TABLE inbound_message ADD COLUMN from_address_hash VARCHAR(64) NULL;
CREATE INDEX ix_inbound_message_from_hash ON inbound_message (from_address_hash, channel, id);

-- outbound_message: where it goes; never looked up by number, so encrypted without a hash.
ALTER TABLE outbound_message MODIFY to_address VARCHAR(255) NOT NULL;

-- app_sign_in_code: only the hash is needed (to count and find a number's codes), so the number goes. Codes live
-- minutes: the ones outstanding now are dropped rather than converted (asking again sends a new one).
DELETE FROM app_sign_in_code;
DROP INDEX ix_app_sign_in_code_phone ON app_sign_in_code;
ALTER TABLE app_sign_in_code DROP COLUMN phone_e164;
ALTER TABLE app_sign_in_code ADD COLUMN phone_e164_hash VARCHAR(64) NOT NULL;
CREATE INDEX ix_app_sign_in_code_phone_hash ON app_sign_in_code (phone_e164_hash, created_at);
