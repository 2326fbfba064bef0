package com.strata.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The one stored service calendar (row id 1) with its weekly periods; exceptions are {@link StoredCalendarDay}s. */
@Entity
@Table(name = "service_calendar")
public class StoredCalendar {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(nullable = false, length = 64)
    private String zone;

    @Column(name = "warning_share", nullable = false, precision = 4, scale = 3)
    private BigDecimal warningShare;

    @Column(name = "reopen_days", nullable = false)
    private int reopenDays;

    @Version
    @Column(nullable = false)
    private int version;

    /** UTC, like every instant Strata stores. */
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_calendar_period", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<WeekdayPeriod> periods = new ArrayList<>();

    protected StoredCalendar() {}

    int version() {
        return version;
    }

    void change(CalendarRules.Checked checked, Instant at, String by) {
        zone = checked.zone().getId();
        warningShare = BigDecimal.valueOf(checked.warningShare()).setScale(3, RoundingMode.HALF_UP);
        reopenDays = checked.reopenDays();
        periods.clear();
        checked.week().forEach((day, list) -> list.forEach(p -> periods.add(new WeekdayPeriod(day, p))));
        touch(at, by);
    }

    /** Records who changed the calendar (an exception added or removed); the version moves on with it. */
    void touch(Instant at, String by) {
        changedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        changedBy = by;
    }

    CalendarView toView(List<CalendarDay> exceptions) {
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, new ArrayList<>());
        }
        periods.forEach(p -> week.get(p.day()).add(p.period()));
        week.values().forEach(list -> list.sort(null));
        week.replaceAll((day, list) -> List.copyOf(list));
        return new CalendarView(
                zone,
                week,
                exceptions,
                warningShare.doubleValue(),
                reopenDays,
                version,
                changedAt.toInstant(ZoneOffset.UTC),
                changedBy);
    }
}
