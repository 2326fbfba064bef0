package com.strata.audience;

import com.strata.runs.MigratedDatabases;

/** An audience's SQL on H2, the embedded default. */
class AudienceSqlOnH2Test extends AudienceSqlTest {

    AudienceSqlOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
