-- One schema for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode (the zero-install default).
-- Times are DATETIME(6) holding UTC instants. Personal free text (message bodies) is stored
-- encrypted (AES-GCM, base64) by the application, never in clear.

CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_organisation_name UNIQUE (name)
);

CREATE TABLE staff_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    organisation_id BIGINT       NULL,
    display_name    VARCHAR(200) NULL,
    enabled         BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_staff_account_username UNIQUE (username),
    CONSTRAINT fk_staff_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE person (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    phone_e164  VARCHAR(20) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_person_phone UNIQUE (phone_e164)
);

-- Every inbound message, stored before anything else happens. A provider retry or replay carries
-- the same provider id (Twilio's MessageSid), so the unique key gives it exactly one effect.
CREATE TABLE inbound_message (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel       VARCHAR(10)  NOT NULL,
    provider_id   VARCHAR(64)  NOT NULL,
    from_address  VARCHAR(64)  NOT NULL,
    to_address    VARCHAR(64)  NOT NULL,
    body          TEXT         NOT NULL,
    num_media     INT          NOT NULL,
    received_at   DATETIME(6)  NOT NULL,
    processed_at  DATETIME(6)  NULL,
    person_id     BIGINT       NULL,
    CONSTRAINT uq_inbound_message_provider UNIQUE (channel, provider_id),
    CONSTRAINT fk_inbound_message_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_inbound_message_unprocessed ON inbound_message (processed_at, received_at);

-- The outbox: written in the same transaction as the state change that caused it, sent after commit.
-- status is our pipeline (PENDING, SENDING, RETRY, ACCEPTED, FAILED, NOT_SENT);
-- delivery_status is the provider's last word (queued, sent, delivered, undelivered, failed, ...).
CREATE TABLE outbound_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    to_address       VARCHAR(64)  NOT NULL,
    body             TEXT         NOT NULL,
    in_reply_to      BIGINT       NULL,
    status           VARCHAR(16)  NOT NULL,
    status_detail    VARCHAR(300) NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME(6)  NULL,
    claimed_until    DATETIME(6)  NULL,
    provider_id      VARCHAR(64)  NULL,
    delivery_status  VARCHAR(32)  NULL,
    error_code       VARCHAR(32)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_outbound_message_provider UNIQUE (provider_id),
    CONSTRAINT fk_outbound_message_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_outbound_message_inbound FOREIGN KEY (in_reply_to) REFERENCES inbound_message (id)
);
CREATE INDEX ix_outbound_message_due ON outbound_message (status, next_attempt_at);
