-- The audience builder counts on every filter change. At a million customers a count read the whole score table
-- (about 2 s of database CPU each, the largest cost under load); most counts filter only on what a run scored and the
-- live tier, so the latest applied run's customers are kept grouped by those attributes, and such a count adds up a
-- few thousand cells. churn_step is the largest k in 0..100 with churn_risk >= k / 100: a "churn risk from" bound in
-- hundredths is then an exact comparison. Rebuilt by each APPLY run's publish step; an override moves one customer.
CREATE TABLE audience_cell (
    run_id BIGINT NOT NULL,
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
CREATE INDEX ix_audience_cell_run ON audience_cell (run_id, tier, segment);
-- The run whose cells are complete: a count of any other run reads the scores.
CREATE TABLE audience_cell_run (
    run_id BIGINT PRIMARY KEY
);
