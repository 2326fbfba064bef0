package com.strata.tickets;

import com.strata.runs.MigratedDatabases;

/** The queue's SQL on H2, the embedded default. */
class TicketQueueOnH2Test extends TicketQueueTest {

    TicketQueueOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
