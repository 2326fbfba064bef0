-- Score facts instead of explanation text, live tiers in their own table, and abandoned runs.

-- A score keeps the facts its explanation is built from, not the text: the English and Chinese sentences are
-- rendered when a score is read (the text was 1.8 KB of a 2.1 KB row, and writing it dominated a run). With the
-- rule and the previous tier kept too, an APPLY run records its tier changes and live tiers in set-based statements.
ALTER TABLE customer_score DROP COLUMN explanation;
ALTER TABLE customer_score ADD COLUMN segment_rule SMALLINT;
ALTER TABLE customer_score ADD COLUMN expected_spend DOUBLE PRECISION;
ALTER TABLE customer_score ADD COLUMN stage_rule VARCHAR(24);
ALTER TABLE customer_score ADD COLUMN stage_observed DOUBLE PRECISION;
ALTER TABLE customer_score ADD COLUMN stage_threshold DOUBLE PRECISION;
ALTER TABLE customer_score ADD COLUMN stage_gap_multiple DOUBLE PRECISION;
ALTER TABLE customer_score ADD COLUMN usual_gap_days DOUBLE PRECISION;
ALTER TABLE customer_score ADD COLUMN own_gap BOOLEAN;
ALTER TABLE customer_score ADD COLUMN churn_model DOUBLE PRECISION;
ALTER TABLE customer_score ADD COLUMN churn_overdue DOUBLE PRECISION;
ALTER TABLE customer_score ADD COLUMN churn_spend_drop DOUBLE PRECISION;
ALTER TABLE customer_score ADD COLUMN churn_complaints DOUBLE PRECISION;
ALTER TABLE customer_score ADD COLUMN tier_rule VARCHAR(24);
ALTER TABLE customer_score ADD COLUMN tier_lower_runs INTEGER;
ALTER TABLE customer_score ADD COLUMN previous_tier VARCHAR(32);

-- The live tier in a narrow table of its own: an APPLY run rewrites it for every customer whose tier state moved,
-- and a row of the wide customer table carries five indexes. Only APPLY runs write it, for customers of their
-- snapshot; without a foreign key, because checking one per row took longer than the write (7 of 11 s for a
-- million customers on PostgreSQL). Customers are never deleted yet; deleting one will delete its live tier too.
CREATE TABLE customer_tier (
    customer_id     BIGINT      NOT NULL PRIMARY KEY,
    tier            VARCHAR(32) NOT NULL,
    tier_lower_runs INTEGER     NOT NULL,
    tier_since      DATE        NOT NULL
);
INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since)
SELECT id, tier, tier_lower_runs, COALESCE(tier_since, CURRENT_DATE) FROM customer WHERE tier IS NOT NULL;
ALTER TABLE customer DROP COLUMN tier;
ALTER TABLE customer DROP COLUMN tier_lower_runs;
ALTER TABLE customer DROP COLUMN tier_since;

-- A tier change is identified by its run and customer; the surrogate key was one more index to write per change.
CREATE TABLE tier_change_v5 (
    run_id      BIGINT       NOT NULL,
    customer_id BIGINT       NOT NULL,
    from_tier   VARCHAR(32),
    to_tier     VARCHAR(32)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    approved_by VARCHAR(64),
    changed_on  DATE         NOT NULL,
    CONSTRAINT pk_tier_change PRIMARY KEY (run_id, customer_id)
);
INSERT INTO tier_change_v5 (run_id, customer_id, from_tier, to_tier, reason, approved_by, changed_on)
SELECT run_id, customer_id, from_tier, to_tier, reason, approved_by, changed_on FROM tier_change;
DROP TABLE tier_change;
ALTER TABLE tier_change_v5 RENAME TO tier_change;
CREATE INDEX ix_tier_change_customer ON tier_change (customer_id, changed_on);

-- A run's rows (input, scores, tier changes) are written in bulk by the run's own steps only, and a foreign key
-- checks every row: on PostgreSQL that check cost about as much as writing the row with its indexes. They keep
-- their run id without the key; runs are never removed yet, and their retention will remove a run's rows with it.
ALTER TABLE run_input DROP CONSTRAINT fk_run_input_run;
ALTER TABLE customer_score DROP CONSTRAINT fk_score_run;

-- An administrator can abandon a failed run (RunStatus.ABANDONED).
ALTER TABLE classification_run DROP CONSTRAINT ck_run_status;
ALTER TABLE classification_run ADD CONSTRAINT ck_run_status
    CHECK (status IN ('STARTING', 'RUNNING', 'COMPLETED', 'FAILED', 'ABANDONED'));
