package com.strata.imports;

import com.strata.runs.MigratedDatabases;

/** Column limits on H2, the embedded default. */
class ColumnLimitsOnH2Test extends ColumnLimitsTest {

    ColumnLimitsOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
