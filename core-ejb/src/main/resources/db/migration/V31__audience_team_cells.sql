-- A supervisor's or manager's audience count read the scores of every customer in scope one by one for the window
-- revenue and CLV sums (200,000 for a team of five at a million customers: 0.5 s alone, up to 2.5 s during a run).
-- The same cells per account manager answer it from a few thousand rows. They hold, for each manager not listed in
-- audience_team_stale, exactly that manager's current customers: a team reassignment recounts the managers it
-- touches at once; an import that changes customers' managers lists the managers it touched as stale, and their
-- counts read the scores until the next APPLY run or reassignment recounts them.
CREATE TABLE audience_team_cell (
    run_id BIGINT NOT NULL,
    account_manager VARCHAR(64) NOT NULL,
    tier VARCHAR(32),
    segment VARCHAR(32) NOT NULL,
    stage VARCHAR(16) NOT NULL,
    r_score SMALLINT NOT NULL,
    f_score SMALLINT NOT NULL,
    churn_warning BOOLEAN NOT NULL,
    downgrade_warning BOOLEAN NOT NULL,
    churn_step SMALLINT NOT NULL,
    customers BIGINT NOT NULL,
    window_amount DOUBLE PRECISION,
    predicted_clv DOUBLE PRECISION
);
CREATE INDEX ix_audience_team_cell ON audience_team_cell (run_id, account_manager, tier);
CREATE TABLE audience_team_stale (
    account_manager VARCHAR(64) PRIMARY KEY
);
-- Whether the run's cells include the per-manager ones: runs applied before this migration have none.
ALTER TABLE audience_cell_run ADD COLUMN teams BOOLEAN DEFAULT FALSE NOT NULL;
