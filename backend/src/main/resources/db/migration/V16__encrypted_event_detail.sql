-- person_event.detail may hold a fragment of what a person wrote (the crisis phrase matched): it is now
-- encrypted by the application like other personal text, which needs more room than 200 characters.
ALTER TABLE person_event MODIFY detail TEXT NULL;
