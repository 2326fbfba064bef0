package com.strata.dashboard;

import com.strata.runs.MigratedDatabases;

/** The dashboard's stored figures on H2, the embedded default. */
class DashboardDatabaseOnH2Test extends DashboardDatabaseTest {

    DashboardDatabaseOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
