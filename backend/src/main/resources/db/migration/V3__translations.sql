-- Translations at run time: the catalogs in translations/catalogs are the shipped baseline; interpreters'
-- work lives here and flows back to the repository by export. No personal data in these tables.

CREATE TABLE translation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    language           VARCHAR(8)   NOT NULL,
    text_key           VARCHAR(120) NOT NULL,
    source             TEXT         NOT NULL,
    content            TEXT         NOT NULL,
    state              VARCHAR(12)  NOT NULL,
    reviewer           VARCHAR(100) NULL,
    reviewed_at        DATETIME(6)  NULL,
    reviewed_source    TEXT         NULL,
    previous_reviewed  TEXT         NULL,
    note               TEXT         NULL,
    position           INT          NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uq_translation_language_key UNIQUE (language, text_key)
);

-- Every change to a translation: who, when, what it became, and why.
CREATE TABLE translation_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    translation_id  BIGINT       NOT NULL,
    action          VARCHAR(24)  NOT NULL,
    state           VARCHAR(12)  NOT NULL,
    content         TEXT         NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    comment         TEXT         NULL,
    happened_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_translation_history FOREIGN KEY (translation_id) REFERENCES translation (id)
);
CREATE INDEX ix_translation_history ON translation_history (translation_id, id);

-- The offer to reply TALK for someone who speaks their language is made once per conversation.
ALTER TABLE conversation ADD COLUMN talk_offered_at DATETIME(6) NULL;
