package com.strata.web.notifications;

import com.strata.notifications.NotificationView;
import com.strata.refusal.Problem;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.ResourceBundle;

/**
 * A notification's text in the bundle's language: {@code notification.text.<KIND>} filled with the ticket number, the
 * customer's name, the clock's name ({@code notification.clock.<CLOCK>}), the instant in the service calendar's zone
 * and the score.
 */
public final class NotificationTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private NotificationTexts() {}

    public static String text(NotificationView n, ResourceBundle bundle, ZoneId zone) {
        String clock = n.clock() == null ? "" : bundle.getString("notification.clock." + n.clock());
        String at = n.at() == null ? "" : TIME.format(n.at().atZone(zone));
        return Problem.fill(
                bundle.getString("notification.text." + n.kind()),
                Arrays.asList(n.ticketNumber(), n.customerName(), clock, at, n.score()),
                "");
    }
}
