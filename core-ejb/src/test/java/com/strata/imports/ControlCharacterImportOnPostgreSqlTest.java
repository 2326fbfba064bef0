package com.strata.imports;

import com.strata.runs.MigratedDatabases;

/** Control characters in an import on the local PostgreSQL; skipped, saying why, without that server. */
class ControlCharacterImportOnPostgreSqlTest extends ControlCharacterImportTest {

    ControlCharacterImportOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
