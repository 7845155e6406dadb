-- Failed staff sign-ins, per username and per client address, shared by every instance: each failure makes the
-- next attempt wait longer, and enough of them lock the subject for a while (even the right password is refused).
CREATE TABLE sign_in_failure (
    subject          VARCHAR(200) NOT NULL PRIMARY KEY,
    failures         INT          NOT NULL,
    last_failure_at  DATETIME(6)  NOT NULL,
    blocked_until    DATETIME(6)  NULL
);
