-- The customer list sorted by value (its default) with a tier filter walked the run's value index from the top
-- through every customer above that tier, probing each one's manager and live tier: about 60,000 probes for a
-- manager's Gold customers at a million customers, the slowest page under load. Each audience cell now keeps the
-- lowest and highest value index of its customers, so the list walks only the range its matching cells span. NULL:
-- a cell built before this migration, whose range is unknown (the list walks the whole index as before).
ALTER TABLE audience_cell ADD COLUMN value_min DOUBLE PRECISION;
ALTER TABLE audience_cell ADD COLUMN value_max DOUBLE PRECISION;
ALTER TABLE audience_team_cell ADD COLUMN value_min DOUBLE PRECISION;
ALTER TABLE audience_team_cell ADD COLUMN value_max DOUBLE PRECISION;
