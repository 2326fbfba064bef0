package com.strata.policy.versions;

import com.strata.runs.MigratedDatabases;

/** The cost of a change on H2, the embedded default. */
class ChangeCostOnH2Test extends ChangeCostDatabaseTest {

    ChangeCostOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
