package com.strata.team;

import com.strata.runs.MigratedDatabases;

/** Reassignment and team figures on H2, the embedded default. */
class TeamDatabaseOnH2Test extends TeamDatabaseTest {

    TeamDatabaseOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
