-- One row per import kind (README, Concurrency and retention). An import that stores a whole file in one transaction
-- locks its kind's row first (FOR UPDATE NOWAIT): a second import of the same kind started meanwhile is refused at
-- once with 409 IMPORT_RUNNING instead of racing the first for the same keys and failing with a duplicate key.
CREATE TABLE import_lock (
    kind VARCHAR(16) NOT NULL PRIMARY KEY
);
INSERT INTO import_lock (kind) VALUES ('CUSTOMERS'), ('CONTACTS'), ('PURCHASES'), ('INTERACTIONS');
