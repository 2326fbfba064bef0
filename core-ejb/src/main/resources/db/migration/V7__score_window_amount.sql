-- A score's next step tells a manager how much more spend in the window would reach (or keep) a tier, starting from
-- the customer's own net amount in the window. The row kept it only as monetary, which is a mean per purchase when
-- the policy says so; the amount itself is kept so a stored score explains itself as the run did. NULL for scores
-- written before, whose runs kept no percentile curves to translate with.
ALTER TABLE customer_score ADD COLUMN window_amount DOUBLE PRECISION;
