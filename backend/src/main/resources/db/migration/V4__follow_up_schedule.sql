-- db-scheduler's table (its MySQL schema, indexes as separate statements so H2 takes them too): due work
-- that survives restarts and is claimed by exactly one instance.
CREATE TABLE scheduled_tasks (
    task_name             VARCHAR(100) NOT NULL,
    task_instance         VARCHAR(100) NOT NULL,
    task_data             BLOB         NULL,
    execution_time        TIMESTAMP(6) NOT NULL,
    picked                BOOLEAN      NOT NULL,
    picked_by             VARCHAR(50)  NULL,
    last_success          TIMESTAMP(6) NULL,
    last_failure          TIMESTAMP(6) NULL,
    consecutive_failures  INT          NULL,
    last_heartbeat        TIMESTAMP(6) NULL,
    version               BIGINT       NOT NULL,
    priority              SMALLINT     NULL,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority, execution_time);

-- The follow-up contacts of a person: which script, when due, and what became of it.
CREATE TABLE follow_up_contact (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT      NOT NULL,
    contact_number  INT         NOT NULL,
    script          VARCHAR(64) NOT NULL,
    due_at          DATETIME(6) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    started_at      DATETIME(6) NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_follow_up_contact_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_follow_up_contact_person ON follow_up_contact (person_id, contact_number);
