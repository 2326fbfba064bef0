package com.strata.customer;

import com.strata.runs.MigratedDatabases;

/** The customer search on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class CustomerSearchOnPostgreSqlTest extends CustomerSearchSqlTest {

    CustomerSearchOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
