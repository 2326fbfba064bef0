package com.strata.policy.versions;

import com.strata.runs.MigratedDatabases;

/** The cost of a change on the local PostgreSQL; skipped, saying why, without that server. */
class ChangeCostOnPostgreSqlTest extends ChangeCostDatabaseTest {

    ChangeCostOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
