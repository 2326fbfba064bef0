package com.strata.runs;

/** The run retention on an in-memory H2 database. */
class RunRetentionOnH2Test extends RunRetentionDatabaseTest {

    RunRetentionOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
