-- Start-up work that scanned whole tables on every start remembers what it found (issue 16), so a start on existing
-- data does a bounded amount of work whatever the tables hold.

-- One-off conversions, one row per part once it is done for good: privacy.PhoneNumbersAtRest records each phone
-- column here once no row of it is left in clear, and privacy.StoredKeyIds records that stored_key_id was filled
-- by a full count of the encrypted columns. Deleting a row makes the next start do that part again in full.
CREATE TABLE data_conversion (
    name    VARCHAR(100) NOT NULL PRIMARY KEY,
    done_at DATETIME(6)  NOT NULL
);

-- The data-key ids stored values may be under (privacy.StoredKeyIds): every id a full count found, and the current
-- key of every instance that started since (noted before it writes, and again every few minutes while it runs).
-- A start whose keyring holds every id listed here skips the full count.
CREATE TABLE stored_key_id (
    key_id   VARCHAR(16) NOT NULL PRIMARY KEY,
    noted_at DATETIME(6) NOT NULL
);
