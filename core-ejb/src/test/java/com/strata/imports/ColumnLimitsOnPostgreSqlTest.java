package com.strata.imports;

import com.strata.runs.MigratedDatabases;

/** Column limits on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class ColumnLimitsOnPostgreSqlTest extends ColumnLimitsTest {

    ColumnLimitsOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
