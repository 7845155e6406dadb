-- A coordinator's alerts are read a page at a time, newest first (StaffAlerts): found by recipient, in id order.
CREATE INDEX ix_alert_recipient ON alert (recipient, recipient_id, id);
