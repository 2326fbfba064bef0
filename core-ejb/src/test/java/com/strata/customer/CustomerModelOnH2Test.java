package com.strata.customer;

import com.strata.runs.MigratedDatabases;

/** The customer model on H2, the embedded default. */
class CustomerModelOnH2Test extends CustomerModelTest {

    CustomerModelOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
