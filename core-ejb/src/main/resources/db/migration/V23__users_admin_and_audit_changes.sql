-- Users administration (README, Users and audit): optimistic locking on a user (two administrators editing one user
-- at once: the second save is refused with the current values), and a temporary password the user must replace at
-- the next sign-in (set when an administrator creates the user or resets the password).
ALTER TABLE app_user ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- The audit trail keeps the changed fields before and after the change (JSON objects of field -> value), beside the
-- one-line detail. No foreign key to anything an entry describes: an entry outlives its subject.
ALTER TABLE audit_entry ADD COLUMN before_state VARCHAR(8000);
ALTER TABLE audit_entry ADD COLUMN after_state VARCHAR(8000);

-- The audit page's filters, each newest first: by who, by action, by subject (from its start). The period alone
-- and the retention job's delete of the oldest use ix_audit_entry_at (V3).
CREATE INDEX ix_audit_entry_actor_at ON audit_entry (actor, at);
CREATE INDEX ix_audit_entry_action_at ON audit_entry (action, at);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject, at);
