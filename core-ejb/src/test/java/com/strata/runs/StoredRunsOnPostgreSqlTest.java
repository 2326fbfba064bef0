package com.strata.runs;

import java.sql.Connection;
import java.sql.SQLException;

/** Stored runs on the local PostgreSQL. Skipped, saying why, on a machine without that server. */
class StoredRunsOnPostgreSqlTest extends StoredRunsTest {

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
