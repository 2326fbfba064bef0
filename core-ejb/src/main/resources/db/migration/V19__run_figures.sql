-- Dashboards across runs. Each run's figures (tier mix, Pareto shares, R x F grid, CLV and churn-risk distributions,
-- lifecycle funnel, value at risk) are counted once, by the run's publish step from the scores it holds in memory, and
-- kept as one JSON document: a dashboard view reads one short row instead of aggregating a million score rows.
-- Runs published before this table existed get theirs counted once, on the first dashboard view that needs them.
CREATE TABLE run_figures (
    run_id      BIGINT            NOT NULL PRIMARY KEY,
    computed_at TIMESTAMP         NOT NULL,
    figures     VARCHAR(1000000)  NOT NULL
);

-- The live tier mix, kept by the writers of customer_tier (the APPLY run's publish step counts it again, an approved
-- override moves one customer), so the dashboard shows live tiers exactly without grouping a million rows per view.
CREATE TABLE live_tier_count (
    tier      VARCHAR(32) NOT NULL PRIMARY KEY,
    customers BIGINT      NOT NULL
);
INSERT INTO live_tier_count (tier, customers) SELECT tier, COUNT(*) FROM customer_tier GROUP BY tier;
