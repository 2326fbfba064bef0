-- The customer list at a million customers (customer.CustomerSearchSql): a page is chosen by customer ids first, and
-- the count stops after 10,000 matches. A selective filter (a tier, a warning, a manager's portfolio with a warning)
-- makes both walk far through a sort index; these indexes let that walk read index entries only, never the wide
-- score rows or customer rows.
-- Each sort index of V10 also holds the two warnings, so a warning filter is checked in the index.
DROP INDEX ix_score_run_value_index;
DROP INDEX ix_score_run_churn_risk;
DROP INDEX ix_score_run_predicted_clv;
DROP INDEX ix_score_run_recency;
CREATE INDEX ix_score_run_value_index ON customer_score (run_id, value_index, customer_id, churn_warning,
    downgrade_warning);
CREATE INDEX ix_score_run_churn_risk ON customer_score (run_id, churn_risk, customer_id, churn_warning,
    downgrade_warning);
CREATE INDEX ix_score_run_predicted_clv ON customer_score (run_id, predicted_clv DESC NULLS LAST, customer_id DESC,
    churn_warning, downgrade_warning);
CREATE INDEX ix_score_run_recency ON customer_score (run_id, recency_days ASC NULLS LAST, customer_id DESC,
    churn_warning, downgrade_warning);
-- A run's scores in customer order with the warnings: counts merge it with a portfolio's customers, and "raised in
-- the latest run" looks up the previous run's warning of a customer here.
CREATE INDEX ix_score_run_customer_warnings ON customer_score (run_id, customer_id, churn_warning, downgrade_warning);
-- A portfolio's customers in id order (merged with the scores above), and a customer's manager for a probe.
CREATE INDEX ix_customer_manager_id ON customer (account_manager, id);
-- An account manager's portfolio by name, deep pages included, without reading customer rows.
CREATE INDEX ix_customer_manager_name ON customer (account_manager, name, id);
-- A candidate's live tier for the tier filter, read from the index alone.
CREATE INDEX ix_customer_tier_tier ON customer_tier (customer_id, tier);
