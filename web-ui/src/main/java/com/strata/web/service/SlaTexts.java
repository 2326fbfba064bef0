package com.strata.web.service;

import com.strata.tickets.ClockView;
import com.strata.tickets.TicketReads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * How service pages write SLA times: instants in the service calendar's zone (never the browser's or the server's),
 * business durations as "1 h 20 min", and a clock's explanation ("target 8 business hours from … → due …, 1 h 20 min
 * paused") in the reader's language.
 */
@Named("slaTexts")
@RequestScoped
public class SlaTexts {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private TicketReads reads;

    private ZoneId zone;

    private final Map<String, MessageFormat> formats = new HashMap<>();

    public ZoneId getZone() {
        if (zone == null) {
            zone = reads.calendar().zone();
        }
        return zone;
    }

    /** An instant as wall time in the calendar's zone; empty for none. */
    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(getZone()));
    }

    /** Business minutes as "1 h 20 min", "45 min" or "2 h" (the sign dropped). */
    public String minutes(Long minutes) {
        if (minutes == null) {
            return "";
        }
        long m = Math.abs(minutes);
        String hours = text("sla.hours", String.valueOf(m / 60));
        String rest = text("sla.minutes", String.valueOf(m % 60));
        return m < 60 ? rest : m % 60 == 0 ? hours : hours + " " + rest;
    }

    /** Time left, or "overdue by …" once negative. */
    public String left(Long minutes) {
        if (minutes == null) {
            return "";
        }
        return minutes < 0 ? text("sla.overdueBy", minutes(minutes)) : text("sla.left", minutes(minutes));
    }

    /** "target 8 business hours from 2026-03-02 17:10 → due 2026-03-03 16:10, 1 h 20 min paused". */
    public String explanation(ClockView clock) {
        if (clock == null) {
            return "";
        }
        String due = clock.dueAt() == null ? text("sla.dueWhenResumed") : at(clock.dueAt());
        long target = clock.targetMinutes();
        String targetText =
                target % 60 == 0 ? text("sla.targetHours", target / 60) : text("sla.targetTime", minutes(target));
        String line = text("sla.explanation", targetText, at(clock.start()), due);
        if (clock.pausedMinutes() > 0) {
            line += text("sla.explanation.paused", minutes(clock.pausedMinutes()));
        }
        if (clock.tightened()) {
            line += text("sla.explanation.tightened", minutes(clock.openingTargetMinutes()));
        }
        return line;
    }

    /** The queue asks for a few texts on every row: each pattern is looked up and parsed once per request. */
    private String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        MessageFormat format = formats.computeIfAbsent(locale.toLanguageTag() + " " + key, k -> {
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            return new MessageFormat(bundle.getString(key), locale);
        });
        return format.format(arguments);
    }
}
