-- The conversation engine's state, what people told us (facts), and what staff must act on (events).

ALTER TABLE person ADD COLUMN opted_out_at DATETIME(6) NULL;

-- One row per person: where their conversation is (script, version, node, language, ...), as JSON.
-- Holds no free text, only ids and flags.
CREATE TABLE conversation (
    person_id   BIGINT      NOT NULL PRIMARY KEY,
    state       TEXT        NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_conversation_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- Every saved answer, with where it came from. The newest row per name is the current value; older
-- rows are the history. Values are the person's own words: encrypted at rest.
CREATE TABLE fact (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT      NOT NULL,
    name            VARCHAR(64) NOT NULL,
    content         TEXT        NOT NULL,
    script          VARCHAR(64) NOT NULL,
    script_version  INT         NOT NULL,
    node            VARCHAR(64) NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    saved_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_fact_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_fact_person_name ON fact (person_id, name);

-- What happened that someone may need to act on: crisis language (urgent), opt-out, a request for a
-- call, ... The notifications issue delivers these; detail never holds the person's words.
CREATE TABLE person_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT       NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    urgency     VARCHAR(10)  NOT NULL,
    detail      VARCHAR(200) NULL,
    created_at  DATETIME(6)  NOT NULL,
    handled_at  DATETIME(6)  NULL,
    CONSTRAINT fk_person_event_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_person_event_open ON person_event (handled_at, urgency, created_at);
