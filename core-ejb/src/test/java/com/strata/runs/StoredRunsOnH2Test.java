package com.strata.runs;

import java.sql.Connection;
import java.sql.SQLException;

/** Stored runs on H2, the embedded default. */
class StoredRunsOnH2Test extends StoredRunsTest {

    @Override
    Connection migratedDatabase() throws SQLException {
        return MigratedDatabases.h2();
    }
}
