-- Dashboards across runs. Each run's figures (tier mix, Pareto shares, R x F grid, CLV and churn-risk distributions,
-- lifecycle funnel, value at risk) are counted once, by the run's publish step from the scores it holds in memory, and
-- kept as one JSON document: a dashboard view reads one short row instead of aggregating a million score rows.
-- Runs published before this table existed get theirs counted once, on the first dashboard view that needs them.
CREATE TABLE run_figures (
    run_id      BIGINT            NOT NULL PRIMARY KEY,
    computed_at TIMESTAMP         NOT NULL,
    figures     VARCHAR(1000000)  NOT NULL
);

-- The live tier mix, kept by the writers of customer_tier, so the dashboard shows live tiers exactly without grouping a
-- million rows per view: an approved override moves one customer; an APPLY run's publish step adds its migration
-- matrix (the tier moves its MERGE makes), or, if an override moved a tier while the run was going, counts again.
CREATE TABLE live_tier_count (
    tier      VARCHAR(32) NOT NULL PRIMARY KEY,
    customers BIGINT      NOT NULL
);
INSERT INTO live_tier_count (tier, customers) SELECT tier, COUNT(*) FROM customer_tier GROUP BY tier;

-- How many single moves (override approvals) the counts have taken; a run notes it when it takes its snapshot, so its
-- publish step knows whether the live tiers its snapshot read are still the ones its MERGE replaces.
CREATE TABLE live_tier_moves (
    id    SMALLINT NOT NULL PRIMARY KEY,
    moves BIGINT   NOT NULL
);
INSERT INTO live_tier_moves (id, moves) VALUES (1, 0);
ALTER TABLE classification_run ADD COLUMN live_tier_moves BIGINT;
