package com.strata.workflow;

import com.strata.runs.MigratedDatabases;

/** Generation passes on in-memory H2. */
class GenerationPassOnH2Test extends GenerationPassTest {

    GenerationPassOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
