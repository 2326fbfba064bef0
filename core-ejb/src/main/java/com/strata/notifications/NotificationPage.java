package com.strata.notifications;

import java.util.List;

/** One page of the caller's notifications, newest first, with how many there are and how many are unread. */
public record NotificationPage(long total, long unread, List<NotificationView> notifications) {}
