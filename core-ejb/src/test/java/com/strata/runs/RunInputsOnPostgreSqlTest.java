package com.strata.runs;

/** The snapshot on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class RunInputsOnPostgreSqlTest extends RunInputsTest {

    RunInputsOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
