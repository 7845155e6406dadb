-- The signposting directory: local services a person can be pointed to after their "what matters"
-- answers. Reference data about organisations, not about people: nothing here is personal.
-- Multi-valued columns hold ';'-separated values, exactly as in the directory CSV:
--   categories  codes from signposting/categories.yaml (exercise;social-groups)
--   areas       UK postcode districts or areas (BD3;BD4;LS); empty = available everywhere
--   languages   ISO 639-1 codes spoken (en;ur;pa)
--   tags        free words partners add to help matching (football;walking football)
CREATE TABLE signpost_service (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    categories   VARCHAR(500)  NOT NULL,
    areas        VARCHAR(500)  NOT NULL,
    languages    VARCHAR(100)  NOT NULL,
    phone        VARCHAR(40)   NULL,
    web          VARCHAR(500)  NULL,
    hours        VARCHAR(300)  NULL,
    description  TEXT          NULL,
    tags         VARCHAR(1000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_signpost_service_name UNIQUE (name)
);
