package com.strata.customer;

import com.strata.runs.MigratedDatabases;

/** The customer page's reads on H2, the embedded default. */
class CustomerReadsOnH2Test extends CustomerReadsTest {

    CustomerReadsOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
