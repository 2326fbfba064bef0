package com.strata.runs;

/** Stored runs on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class StoredRunsOnPostgreSqlTest extends StoredRunsTest {

    StoredRunsOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
