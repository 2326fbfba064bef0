package com.strata.security;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/**
 * Someone else saved the user after the caller read it: nothing was saved, and the user as it is now comes along so
 * the caller can look again and redo their change.
 */
public class UserChangedMeanwhileException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final UserProfile current;

    public UserChangedMeanwhileException(UserProfile current) {
        super(
                RefusalKind.CONFLICT,
                "USER_CHANGED_MEANWHILE",
                "Someone else changed user " + current.username()
                        + " after you opened it; nothing was saved. These are the current values.",
                List.of(
                        "displayName: " + current.displayName(),
                        "roles: " + String.join(", ", current.roles()),
                        "supervisor: " + (current.supervisor() == null ? "" : current.supervisor()),
                        "active: " + current.active(),
                        "version: " + current.version()),
                null);
        this.current = current;
    }

    public UserProfile current() {
        return current;
    }
}
