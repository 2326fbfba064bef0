package com.strata.notifications;

import java.time.Instant;

/**
 * One notification as its recipient reads it: the kind and the parameters of its text (ticket number, customer name,
 * clock name, an instant, a score; each may be null when the kind does not use it), and whether it was read.
 */
public record NotificationView(
        long id,
        NotificationKind kind,
        Long ticketId,
        String ticketNumber,
        Long customerId,
        String customerName,
        String clock,
        Instant at,
        Integer score,
        Instant createdAt,
        Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
