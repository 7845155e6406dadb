-- The referral lifecycle, the flexible follow-up schedule with its audit, partners' notes, and what was
-- offered in signposting. Free text a person or partner wrote (items, reasons, notes) is encrypted by the
-- application; statuses, times and ids are not personal and stay queryable.

-- Per-organisation follow-up offsets after delivery ('P3D,P14D,P42D'); NULL: the deployment's defaults.
ALTER TABLE organisation ADD COLUMN follow_up_offsets VARCHAR(64) NULL;

-- NO MORE: no follow-up contacts from then on (other messages still allowed, unlike opted_out_at).
ALTER TABLE person ADD COLUMN follow_ups_declined_at DATETIME(6) NULL;

-- One person's way from self-referral to closed. organisation_id is the delivery partner handling it
-- (NULL until an admin assigns it when more than one partner works here).
CREATE TABLE referral (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id             BIGINT       NOT NULL,
    organisation_id       BIGINT       NULL,
    status                VARCHAR(24)  NOT NULL,
    named_contact         VARCHAR(200) NULL,
    item                  TEXT         NULL,
    decline_reason        VARCHAR(32)  NULL,
    delivered_to          VARCHAR(16)  NULL,
    signed_for_by         TEXT         NULL,
    delivered_at          DATETIME(6)  NULL,
    follow_ups_paused_at  DATETIME(6)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    CONSTRAINT fk_referral_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_referral_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_referral_person ON referral (person_id);
CREATE INDEX ix_referral_organisation ON referral (organisation_id, status);

-- Every change of a referral: who, when, from what to what, and why (a reason code and the words).
CREATE TABLE referral_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    referral_id  BIGINT       NOT NULL,
    from_status  VARCHAR(24)  NULL,
    to_status    VARCHAR(24)  NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    reason_code  VARCHAR(32)  NULL,
    reason       TEXT         NULL,
    CONSTRAINT fk_referral_change_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
);
CREATE INDEX ix_referral_change_referral ON referral_change (referral_id);

-- Follow-up contacts: which referral, on which channel, whether feedback was merged into this one, and
-- what became of it. schedule_version grows with every change of when or whether it runs: a scheduled
-- task carrying an older version is stale and does nothing.
ALTER TABLE follow_up_contact ADD COLUMN referral_id BIGINT NULL;
ALTER TABLE follow_up_contact ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'SMS';
ALTER TABLE follow_up_contact ADD COLUMN includes_feedback BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE follow_up_contact ADD COLUMN schedule_version INT NOT NULL DEFAULT 0;
ALTER TABLE follow_up_contact ADD COLUMN replied_at DATETIME(6) NULL;
ALTER TABLE follow_up_contact ADD COLUMN reminded_at DATETIME(6) NULL;
ALTER TABLE follow_up_contact ADD COLUMN finished_at DATETIME(6) NULL;
ALTER TABLE follow_up_contact ADD COLUMN outcome VARCHAR(16) NULL;
ALTER TABLE follow_up_contact ADD COLUMN attempts INT NOT NULL DEFAULT 0;
CREATE INDEX ix_follow_up_contact_due ON follow_up_contact (status, due_at);

-- The follow-up schedule's audit: every operation, by a partner, the person (LATER, NO MORE, STOP) or the
-- service itself, with what changed (detail: times, channels, statuses) and why (the partner's words).
CREATE TABLE follow_up_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT       NOT NULL,
    contact_id  BIGINT       NULL,
    action      VARCHAR(32)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    detail      VARCHAR(300) NULL,
    reason      TEXT         NULL,
    CONSTRAINT fk_follow_up_change_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_follow_up_change_contact FOREIGN KEY (contact_id) REFERENCES follow_up_contact (id)
);
CREATE INDEX ix_follow_up_change_person ON follow_up_change (person_id, changed_at);

-- A partner's notes about a person.
CREATE TABLE person_note (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    organisation_id  BIGINT       NULL,
    author           VARCHAR(100) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    body             TEXT         NOT NULL,
    CONSTRAINT fk_person_note_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_person_note_person ON person_note (person_id, created_at);

-- Signposting offers: the services offered (directory ids and names as offered, in order), which ones the
-- person asked about, and at the next contact whether they used them. Partners learn what people use.
CREATE TABLE signpost_offer (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id         BIGINT       NOT NULL,
    contact_id        BIGINT       NULL,
    offered_at        DATETIME(6)  NOT NULL,
    service_ids       VARCHAR(100) NOT NULL,
    service_names     VARCHAR(700) NOT NULL,
    asked_service_ids VARCHAR(100) NULL,
    used              VARCHAR(8)   NULL,
    used_answered_at  DATETIME(6)  NULL,
    CONSTRAINT fk_signpost_offer_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_signpost_offer_person ON signpost_offer (person_id, offered_at);
