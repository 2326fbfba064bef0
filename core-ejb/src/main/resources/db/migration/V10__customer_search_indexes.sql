-- The customer list (customer.CustomerSearch) pages a million customers by their latest applied score. Each sort it
-- offers has an index that holds the order within a run, ending with the customer id as the list's tie-breaker, so
-- the database reads a sorted page (forwards for one direction, backwards for the other) instead of sorting a run's
-- million scores per page view. A missing predicted CLV or last purchase sorts as the lowest value. Names sort with
-- the id for the same reason; codes already have their unique index.
CREATE INDEX ix_score_run_value_index ON customer_score (run_id, value_index, customer_id);
CREATE INDEX ix_score_run_churn_risk ON customer_score (run_id, churn_risk, customer_id);
CREATE INDEX ix_score_run_predicted_clv ON customer_score (run_id, predicted_clv DESC NULLS LAST, customer_id DESC);
CREATE INDEX ix_score_run_recency ON customer_score (run_id, recency_days ASC NULLS LAST, customer_id DESC);
CREATE INDEX ix_customer_name ON customer (name, id);
