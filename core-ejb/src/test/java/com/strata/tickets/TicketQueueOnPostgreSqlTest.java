package com.strata.tickets;

import com.strata.runs.MigratedDatabases;

/** The queue's SQL on the local PostgreSQL; skipped, saying why, on a machine without that server. */
class TicketQueueOnPostgreSqlTest extends TicketQueueTest {

    TicketQueueOnPostgreSqlTest() {
        super(new MigratedDatabases.PostgreSqlSchema());
    }
}
