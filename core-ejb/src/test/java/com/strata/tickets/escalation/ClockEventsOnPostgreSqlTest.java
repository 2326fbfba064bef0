package com.strata.tickets.escalation;

import com.strata.runs.MigratedDatabases;

/** The escalation pass's rules on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class ClockEventsOnPostgreSqlTest extends ClockEventsTest {

    ClockEventsOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
