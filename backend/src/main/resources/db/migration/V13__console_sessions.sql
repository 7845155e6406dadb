-- Staff console sign-in: one row per open browser session. The cookie holds a random token; only its SHA-256 is
-- stored, so a copy of the database opens no session. The CSRF token is checked on every form the session posts.
CREATE TABLE console_session (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash       CHAR(64)     NOT NULL,
    staff_account_id BIGINT       NOT NULL,
    csrf_token       VARCHAR(64)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    last_seen_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uq_console_session_token UNIQUE (token_hash),
    CONSTRAINT fk_console_session_staff FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
);
CREATE INDEX ix_console_session_staff ON console_session (staff_account_id);
