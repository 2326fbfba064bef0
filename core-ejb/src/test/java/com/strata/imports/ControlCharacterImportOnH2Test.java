package com.strata.imports;

import com.strata.runs.MigratedDatabases;

/** Control characters in an import on an in-memory H2 database. */
class ControlCharacterImportOnH2Test extends ControlCharacterImportTest {

    ControlCharacterImportOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
