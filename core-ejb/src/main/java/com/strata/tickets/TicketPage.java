package com.strata.tickets;

import java.util.List;

/**
 * A page of the queue and how many tickets match; {@code capped} when there are more than {@code total} (the count
 * stops at {@link TicketQueueSql#COUNT_CAP}, so counting stays fast on a large queue).
 */
public record TicketPage(List<TicketLine> lines, long total, boolean capped) {

    public TicketPage {
        lines = List.copyOf(lines);
    }
}
