-- Teams: a user may have a supervisor. A supervisor sees and works the portfolios of the account managers they
-- supervise (customers list, tasks, override approvals, reassignment); the link names the supervisor by username,
-- the key customers' account_manager uses too.
ALTER TABLE app_user ADD COLUMN supervisor VARCHAR(64);
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_supervisor FOREIGN KEY (supervisor) REFERENCES app_user (username);
CREATE INDEX ix_app_user_supervisor ON app_user (supervisor);
