package com.strata.runs;

/** Stored runs on H2, the embedded default. */
class StoredRunsOnH2Test extends StoredRunsTest {

    StoredRunsOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
