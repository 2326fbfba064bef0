package com.strata.runs;

/** The run retention on the local PostgreSQL; skipped, saying why, without that server. */
class RunRetentionOnPostgreSqlTest extends RunRetentionDatabaseTest {

    RunRetentionOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
