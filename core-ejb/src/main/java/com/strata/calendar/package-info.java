/**
 * The service calendar and business-time arithmetic: the one {@link com.strata.calendar.ServiceCalendar} (time zone,
 * working periods per weekday, holidays and adjusted working days, the warning share), {@link
 * com.strata.calendar.BusinessTime} that counts and adds working time between UTC instants, and the {@link
 * com.strata.calendar.ServiceCalendars} service that stores the calendar and lets an administrator change it. The
 * arithmetic is plain Java, unit-tested without a server.
 */
package com.strata.calendar;
