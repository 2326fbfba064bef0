package com.strata.runs;

/** The holdout split on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class HoldoutInputsOnPostgreSqlTest extends HoldoutInputsTest {

    HoldoutInputsOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
