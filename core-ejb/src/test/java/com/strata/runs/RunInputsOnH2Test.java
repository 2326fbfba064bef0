package com.strata.runs;

/** The snapshot on H2, the embedded default. */
class RunInputsOnH2Test extends RunInputsTest {

    RunInputsOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
