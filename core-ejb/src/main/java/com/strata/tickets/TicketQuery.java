package com.strata.tickets;

import com.strata.service.ServiceChannel;

/**
 * The service queue's filters and page: only the caller's tickets ({@code mine}), only unassigned ones, a live tier,
 * a status (an open one), only breached ones, a channel; {@code first} and {@code size} choose the page.
 */
public record TicketQuery(
        boolean mine,
        boolean unassigned,
        String tier,
        TicketStatus status,
        boolean breached,
        ServiceChannel channel,
        int first,
        int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public static TicketQuery all(int first, int size) {
        return new TicketQuery(false, false, null, null, false, null, first, size);
    }
}
