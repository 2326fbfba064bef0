package com.strata.workflow;

import com.strata.runs.MigratedDatabases;

/** Generation passes on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class GenerationPassOnPostgreSqlTest extends GenerationPassTest {

    GenerationPassOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
