-- Every read of personal data by staff: who, when, which person (when the route is about one), which route and
-- address, and why when the reader said (X-Access-Reason). The application only ever inserts here; rows leave
-- only through the retention job (AUDIT_RETENTION).
CREATE TABLE staff_read (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff       VARCHAR(100) NOT NULL,
    roles       VARCHAR(100) NOT NULL,
    person_id   BIGINT       NULL,
    route       VARCHAR(300) NOT NULL,
    path        VARCHAR(500) NOT NULL,
    reason      VARCHAR(500) NULL,
    read_at     DATETIME(6)  NOT NULL
);
CREATE INDEX ix_staff_read_person ON staff_read (person_id, read_at);
CREATE INDEX ix_staff_read_at ON staff_read (read_at);
