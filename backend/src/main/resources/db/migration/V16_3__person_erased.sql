-- When a person's records were erased (on request, or by the retention job): the row stays so that counts and
-- "an alert was raised" survive, without their number or anything they wrote.
ALTER TABLE person ADD COLUMN erased_at DATETIME(6) NULL;
