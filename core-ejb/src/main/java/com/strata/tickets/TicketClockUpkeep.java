package com.strata.tickets;

import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Rewrites the stored SLA columns of tickets whose facts were written directly (the demo's seeded tickets), from the
 * clock engine at the business clock's now, exactly as an event of the Tickets service would.
 */
@Stateless
@PermitAll
// The clocks read the stored calendar, which only signed-in roles may read; the seeding timer calls with none.
@RunAs(Roles.SERVICE_AGENT)
public class TicketClockUpkeep {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Inject
    private TicketStore store;

    @Inject
    private BusinessClock clock;

    public void refresh(Collection<Long> ticketIds) {
        var now = clock.now().truncatedTo(ChronoUnit.MICROS);
        for (long id : ticketIds) {
            store.refreshClocks(em.find(Ticket.class, id), now);
        }
    }
}
