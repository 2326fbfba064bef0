package com.strata.runs;

/** The holdout split on H2, the embedded default. */
class HoldoutInputsOnH2Test extends HoldoutInputsTest {

    HoldoutInputsOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
