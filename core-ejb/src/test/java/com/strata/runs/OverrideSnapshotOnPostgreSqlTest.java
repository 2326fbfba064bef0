package com.strata.runs;

/** Overrides in the snapshot on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class OverrideSnapshotOnPostgreSqlTest extends OverrideSnapshotTest {

    OverrideSnapshotOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
