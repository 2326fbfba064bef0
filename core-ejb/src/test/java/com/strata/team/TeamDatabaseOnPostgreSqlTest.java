package com.strata.team;

import com.strata.runs.MigratedDatabases;

/** Reassignment and team figures on the local PostgreSQL; skipped, saying why, without that server. */
class TeamDatabaseOnPostgreSqlTest extends TeamDatabaseTest {

    TeamDatabaseOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
