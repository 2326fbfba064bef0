package com.strata.runs;

/** Overrides in the snapshot on H2, the embedded default. */
class OverrideSnapshotOnH2Test extends OverrideSnapshotTest {

    OverrideSnapshotOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
