package com.strata.customer;

import com.strata.runs.MigratedDatabases;

/** The customer search on H2, the embedded default. */
class CustomerSearchOnH2Test extends CustomerSearchSqlTest {

    CustomerSearchOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
