package com.strata.tickets.escalation;

import com.strata.runs.MigratedDatabases;

/** The escalation pass's rules on H2, the embedded default. */
class ClockEventsOnH2Test extends ClockEventsTest {

    ClockEventsOnH2Test() {
        super(new MigratedDatabases.H2());
    }
}
