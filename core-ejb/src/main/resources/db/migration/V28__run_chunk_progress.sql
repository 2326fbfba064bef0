-- How far a run's score step has come: one row per written chunk (its first position in the run's input and its
-- customers), written in the chunk's own transaction, so a retried or restarted chunk replaces its row as it replaces
-- its scores. A running run's progress is the sum of at most a thousand rows at a million customers; it was a count of
-- the run's stored scores, which the runs page and every progress poll repeated: 2-50 s per count while the run
-- wrote under load, the runs page's p95 49 s in bench/load.
CREATE TABLE run_chunk (
    run_id         BIGINT  NOT NULL,
    first_position INTEGER NOT NULL,
    customers      INTEGER NOT NULL,
    CONSTRAINT pk_run_chunk PRIMARY KEY (run_id, first_position),
    CONSTRAINT fk_run_chunk_run FOREIGN KEY (run_id) REFERENCES classification_run (id) ON DELETE CASCADE
);
