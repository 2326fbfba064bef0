package com.strata.customer;

import com.strata.runs.MigratedDatabases;

/** The customer page's reads on PostgreSQL, the production database. */
class CustomerReadsOnPostgreSqlTest extends CustomerReadsTest {

    CustomerReadsOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
