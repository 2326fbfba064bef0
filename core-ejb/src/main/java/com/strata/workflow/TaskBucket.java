package com.strata.workflow;

import java.time.LocalDate;

/** Where an open task stands on a given day; a task no longer open is in none. */
public enum TaskBucket {
    OVERDUE,
    DUE_TODAY,
    UPCOMING;

    /** The bucket of an open task due on {@code dueOn}, seen on {@code today}. */
    public static TaskBucket of(LocalDate dueOn, LocalDate today) {
        int compared = dueOn.compareTo(today);
        return compared < 0 ? OVERDUE : compared == 0 ? DUE_TODAY : UPCOMING;
    }
}
