-- The Team page's figures per account manager and live tier, kept instead of aggregated per page view: over a
-- supervisor's 100,000 customers the aggregate took 0.6 s on PostgreSQL, over a million 1.2 s (README, Team page).
-- Written whole after every APPLY run (with that run's warnings and value at risk) and again for the managers
-- concerned after a reassignment or an override approval. tier is '' for customers without a live tier yet.
CREATE TABLE manager_figures (
    account_manager    VARCHAR(64)      NOT NULL,
    tier               VARCHAR(32)      NOT NULL,
    customers          BIGINT           NOT NULL,
    downgrade_warnings BIGINT           NOT NULL,
    churn_warnings     BIGINT           NOT NULL,
    value_at_risk      DOUBLE PRECISION NOT NULL,
    CONSTRAINT pk_manager_figures PRIMARY KEY (account_manager, tier)
);
