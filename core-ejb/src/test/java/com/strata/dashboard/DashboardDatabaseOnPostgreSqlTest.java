package com.strata.dashboard;

import com.strata.runs.MigratedDatabases;

/** The dashboard's stored figures on the local PostgreSQL; skipped, saying why, without that server. */
class DashboardDatabaseOnPostgreSqlTest extends DashboardDatabaseTest {

    DashboardDatabaseOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
