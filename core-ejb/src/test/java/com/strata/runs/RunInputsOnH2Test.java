package com.strata.runs;

import java.sql.Connection;
import java.sql.SQLException;

/** The snapshot on H2, the embedded default: customers first, then one MERGE per aggregate. */
class RunInputsOnH2Test extends RunInputsTest {

    @Override
    Connection migratedDatabase() throws SQLException {
        return MigratedDatabases.h2();
    }
}
