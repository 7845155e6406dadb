-- The app channel: one-time sign-in codes, the devices a person signed in on, and how app messages were fetched.

-- A one-time code sent by SMS: stored as a bcrypt hash, never in clear; at most a few tries, used once.
-- requested_by is a SHA-256 of the requesting address (for the per-address rate limit), never the address itself.
-- person_id: the person with that number (so erasure and subject access find the rows like any other about them).
CREATE TABLE app_sign_in_code (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    phone_e164    VARCHAR(20)  NOT NULL,
    code_hash     VARCHAR(100) NOT NULL,
    requested_by  VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    tries         INT          NOT NULL,
    used_at       DATETIME(6)  NULL,
    CONSTRAINT fk_app_sign_in_code_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_app_sign_in_code_phone ON app_sign_in_code (phone_e164, created_at);
CREATE INDEX ix_app_sign_in_code_requested_by ON app_sign_in_code (requested_by, created_at);

-- A device a person signed in on. token_hash is the SHA-256 of the device's opaque token (the token itself is shown
-- once, to the device); revoked_at set means the token is refused. fcm_token is where pushes go, if registered.
CREATE TABLE app_device (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    fcm_token     VARCHAR(500) NULL,
    created_at    DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    revoked_at    DATETIME(6)  NULL,
    CONSTRAINT uq_app_device_token UNIQUE (token_hash),
    CONSTRAINT fk_app_device_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_app_device_person ON app_device (person_id);

-- When an app message was first fetched by the app (null: not yet, so the fallback to SMS may still send it).
ALTER TABLE outbound_message ADD COLUMN fetched_at DATETIME(6) NULL;
