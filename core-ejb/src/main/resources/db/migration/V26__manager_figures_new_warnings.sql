-- The home page's "new churn / downgrade warnings" per account manager and live tier, kept with the other figures of
-- manager_figures: counted per page view, a manager's 40,000 customers each took a look-up in the previous run's scores
-- (4 s per home page at a million customers under load). NULL until the next APPLY run or refresh counts them; the
-- home page then counts live as before.
ALTER TABLE manager_figures ADD COLUMN new_downgrade_warnings BIGINT;
ALTER TABLE manager_figures ADD COLUMN new_churn_warnings BIGINT;
