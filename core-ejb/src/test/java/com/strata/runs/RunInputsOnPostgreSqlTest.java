package com.strata.runs;

import java.sql.Connection;
import java.sql.SQLException;

/** The snapshot on the local PostgreSQL, where it is one statement. Skipped, saying why, on a machine without that server. */
class RunInputsOnPostgreSqlTest extends RunInputsTest {

    private final MigratedDatabases.PostgreSqlSchema schema = new MigratedDatabases.PostgreSqlSchema();

    @Override
    Connection migratedDatabase() throws SQLException {
        return schema.create();
    }

    @Override
    void dropDatabase() throws SQLException {
        schema.drop();
    }
}
