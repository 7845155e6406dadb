-- Alerts to the people who need to know (care coordinators, team duty workers, the delivery partner and its
-- lead), their delivery on each channel, acknowledgement and escalation. Alerts carry no personal details:
-- what a recipient may see is decided when they open the authenticated view.

-- Who acknowledged an event (any of its alerts); an acknowledged event escalates no further.
ALTER TABLE person_event ADD COLUMN handled_by VARCHAR(100) NULL;

-- How a delivery partner is alerted (a shared inbox and phone) and who its lead is (the last escalation).
CREATE TABLE partner_contacts (
    organisation_id  BIGINT       NOT NULL PRIMARY KEY,
    alert_email      VARCHAR(200) NULL,
    alert_phone      VARCHAR(20)  NULL,
    lead_name        VARCHAR(200) NULL,
    lead_email       VARCHAR(200) NULL,
    lead_phone       VARCHAR(20)  NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_partner_contacts_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- Staff devices registered for push (the Firebase registration token of the app on their phone).
CREATE TABLE staff_device (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_account_id  BIGINT       NOT NULL,
    token             VARCHAR(500) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uq_staff_device_token UNIQUE (token),
    CONSTRAINT fk_staff_device_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
);

-- One alert to one recipient about one event, at an escalation level (0 first, 1 duty worker, 2 partner lead).
-- token: the secret in the link the recipient is sent, to open and acknowledge it.
CREATE TABLE alert (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id         BIGINT       NOT NULL,
    person_id        BIGINT       NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    urgency          VARCHAR(10)  NOT NULL,
    level            INT          NOT NULL,
    recipient        VARCHAR(16)  NOT NULL,
    recipient_id     BIGINT       NULL,
    recipient_name   VARCHAR(200) NOT NULL,
    phone            VARCHAR(20)  NULL,
    email            VARCHAR(200) NULL,
    push_accounts    VARCHAR(300) NULL,
    channels         VARCHAR(40)  NOT NULL,
    every_channel    BOOLEAN      NOT NULL,
    identifying      BOOLEAN      NOT NULL,
    token            VARCHAR(64)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    acknowledged_at  DATETIME(6)  NULL,
    acknowledged_by  VARCHAR(100) NULL,
    CONSTRAINT uq_alert_token UNIQUE (token),
    CONSTRAINT fk_alert_event FOREIGN KEY (event_id) REFERENCES person_event (id),
    CONSTRAINT fk_alert_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_alert_event ON alert (event_id);
CREATE INDEX ix_alert_person ON alert (person_id, created_at);

-- Every attempt to deliver an alert on a channel, and what became of it (the provider's word included).
CREATE TABLE alert_delivery (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    alert_id      BIGINT       NOT NULL,
    channel       VARCHAR(8)   NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    retryable     BOOLEAN      NOT NULL,
    provider_id   VARCHAR(200) NULL,
    error_code    VARCHAR(40)  NULL,
    detail        VARCHAR(300) NULL,
    attempted_at  DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_alert_delivery_alert FOREIGN KEY (alert_id) REFERENCES alert (id)
);
CREATE INDEX ix_alert_delivery_alert ON alert_delivery (alert_id);
CREATE INDEX ix_alert_delivery_provider ON alert_delivery (provider_id);
