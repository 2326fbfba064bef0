package com.strata.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One stored dated exception: a holiday (no periods) or an adjusted working day. */
@Entity
@Table(name = "service_calendar_exception")
public class StoredCalendarDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_id", nullable = false)
    private Integer calendarId;

    @Column(name = "exception_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = CalendarRules.NAME_LENGTH)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_calendar_exception_period", joinColumns = @JoinColumn(name = "exception_id"))
    private List<DatedPeriod> periods = new ArrayList<>();

    protected StoredCalendarDay() {}

    StoredCalendarDay(CalendarDay day) {
        this.calendarId = StoredCalendar.ID;
        this.date = day.date();
        this.name = day.name();
        day.periods().forEach(p -> periods.add(new DatedPeriod(p)));
    }

    LocalDate date() {
        return date;
    }

    CalendarDay toDay() {
        List<WorkingPeriod> list =
                new ArrayList<>(periods.stream().map(DatedPeriod::period).toList());
        list.sort(null);
        return new CalendarDay(date, name, list);
    }
}
