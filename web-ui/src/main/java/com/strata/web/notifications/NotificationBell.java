package com.strata.web.notifications;

import com.strata.notifications.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header's bell: the signed-in user's unread count, asked once per request (an index-only count). */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
