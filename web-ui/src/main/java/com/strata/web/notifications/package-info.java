/**
 * The notifications bell in the header (unread count) and the notifications page: the caller's notifications, newest
 * first, each said in the reader's language and linked to its ticket; mark one or all read.
 */
package com.strata.web.notifications;
