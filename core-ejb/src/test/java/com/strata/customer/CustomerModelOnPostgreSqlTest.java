package com.strata.customer;

import com.strata.runs.MigratedDatabases;

/** The customer model on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class CustomerModelOnPostgreSqlTest extends CustomerModelTest {

    CustomerModelOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
