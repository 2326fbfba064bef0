package com.strata.audience;

import com.strata.runs.MigratedDatabases;

/** An audience's SQL on PostgreSQL, the production database; skipped where none runs (CI requires it). */
class AudienceSqlOnPostgreSqlTest extends AudienceSqlTest {

    AudienceSqlOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
