package com.strata.notifications;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** A notification that does not exist or belongs to someone else: the same answer for both, so ids reveal nothing. */
public class NotificationNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotificationNotFoundException(long id) {
        super(RefusalKind.NOT_FOUND, "NOTIFICATION_NOT_FOUND", "You have no notification " + id);
    }
}
