package com.strata.system;

import com.strata.runs.MigratedDatabases;
import java.sql.SQLException;

/** On the local PostgreSQL, in a schema of its own; skipped, saying why, on a machine without that server. */
class RewordedMigrationsOnPostgreSqlTest extends RewordedMigrationsTest {

    RewordedMigrationsOnPostgreSqlTest() {
        super(new EmptyDatabase() {
            private final MigratedDatabases.PostgreSqlSchema schema = new MigratedDatabases.PostgreSqlSchema();

            @Override
            public String url() throws SQLException {
                return schema.createEmpty();
            }

            @Override
            public String user() {
                return "postgres";
            }

            @Override
            public void drop() throws SQLException {
                schema.drop();
            }
        });
    }
}
