-- The care directory: NHS care teams (with the duty worker who answers when a coordinator cannot) and the
-- care coordinators in them, kept by admins and delivery partners. Work contact details of staff, not
-- about people using the service. Phones are E.164; working days are ';'-separated (MON-FRI;SAT) and
-- the opening and closing times are Europe/London local times.

-- default_for_crisis: the team whose duty worker is alerted about a crisis when a person's coordinator
-- is not known. At most one team has it; the application clears it on the others when setting it.
CREATE TABLE care_team (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    organisation        VARCHAR(200) NOT NULL,
    duty_phone          VARCHAR(20)  NULL,
    duty_email          VARCHAR(254) NULL,
    working_days        VARCHAR(40)  NOT NULL,
    opens_at            TIME         NOT NULL,
    closes_at           TIME         NOT NULL,
    default_for_crisis  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uq_care_team_name UNIQUE (name)
);

-- preferred_channel: SMS, EMAIL or PUSH. staff_account_id: the coordinator's own COORDINATOR login, if any.
CREATE TABLE care_coordinator (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    team_id            BIGINT       NOT NULL,
    phone              VARCHAR(20)  NULL,
    email              VARCHAR(254) NULL,
    preferred_channel  VARCHAR(8)   NOT NULL,
    staff_account_id   BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uq_care_coordinator_team_name UNIQUE (team_id, name),
    CONSTRAINT uq_care_coordinator_staff_account UNIQUE (staff_account_id),
    CONSTRAINT fk_care_coordinator_team FOREIGN KEY (team_id) REFERENCES care_team (id),
    CONSTRAINT fk_care_coordinator_staff_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
);

-- A person's coordinator, as a partner matched or entered it (what the person said stays in their facts).
ALTER TABLE referral ADD COLUMN coordinator_id BIGINT NULL;
ALTER TABLE referral ADD CONSTRAINT fk_referral_coordinator FOREIGN KEY (coordinator_id) REFERENCES care_coordinator (id);
