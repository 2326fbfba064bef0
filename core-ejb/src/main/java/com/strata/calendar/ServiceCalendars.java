package com.strata.calendar;

import com.strata.audit.AuditTrail;
import com.strata.refusal.Problem;
import com.strata.refusal.ProblemCode;
import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one service calendar: every signed-in role reads it (SLA clocks count in it, pages explain due times with it);
 * administrators change it. Readers get a cached copy that is checked against the stored version on every read, a
 * single-row primary-key lookup, so a change made on any node is seen at once. Every change is checked by {@link
 * CalendarRules}, refused whole when anything is wrong, and audited with what changed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class ServiceCalendars {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private BusinessClock clock;

    private record Snapshot(CalendarView view, ServiceCalendar calendar) {}

    private volatile Snapshot cached;

    /** The calendar SLA clocks count in. */
    public ServiceCalendar current() {
        return snapshot().calendar();
    }

    /** How many days after its resolution a customer may still reopen a ticket. */
    public int reopenDays() {
        return snapshot().view().reopenDays();
    }

    /** The stored calendar with its exceptions, names and last change. */
    public CalendarView view() {
        return snapshot().view();
    }

    /** Replaces the whole calendar (zone, weekly periods, exceptions, warning share, reopen days). */
    @RolesAllowed(Roles.ADMIN)
    public CalendarView change(CalendarChange change) {
        CalendarRules.Checked checked = CalendarRules.check(change);
        if (!checked.valid()) {
            throw new InvalidCalendarException(checked.problems());
        }
        StoredCalendar stored = lockedCalendar(change.version());
        CalendarView before = stored.toView(storedDays());
        em.createQuery("select d from StoredCalendarDay d", StoredCalendarDay.class)
                .getResultList()
                .forEach(em::remove);
        // Removed before the new rows go in: a date kept across the change would otherwise hit the unique key.
        em.flush();
        checked.exceptions().forEach(day -> em.persist(new StoredCalendarDay(day)));
        return saved(stored, checked, before);
    }

    /** Adds one holiday or adjusted working day; a date that already has one is refused. */
    @RolesAllowed(Roles.ADMIN)
    public CalendarView addException(ExceptionDraft draft, Integer version) {
        List<Problem> problems = CalendarRules.problems("exception", draft);
        if (!problems.isEmpty()) {
            throw new InvalidCalendarException(problems);
        }
        CalendarDay day = CalendarRules.exception(new ArrayList<>(), "exception", draft);
        StoredCalendar stored = lockedCalendar(version);
        List<CalendarDay> days = storedDays();
        if (days.stream().anyMatch(d -> d.date().equals(day.date()))) {
            throw new InvalidCalendarException(
                    List.of(Problem.of("exception.date", ProblemCode.DUPLICATE_DATE, day.date())));
        }
        CalendarView before = stored.toView(days);
        em.persist(new StoredCalendarDay(day));
        return touched(stored, before, "exception added: " + describe(day));
    }

    /** Removes the exception of {@code date}; the date counts as its weekday again. */
    @RolesAllowed(Roles.ADMIN)
    public CalendarView removeException(LocalDate date, Integer version) {
        StoredCalendar stored = lockedCalendar(version);
        StoredCalendarDay day = em.createQuery(
                        "select d from StoredCalendarDay d where d.date = :date", StoredCalendarDay.class)
                .setParameter("date", date)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownCalendarDayException(date));
        CalendarView before = stored.toView(storedDays());
        String what = describe(day.toDay());
        em.remove(day);
        return touched(stored, before, "exception removed: " + what);
    }

    private CalendarView saved(StoredCalendar stored, CalendarRules.Checked checked, CalendarView before) {
        stored.change(checked, clock.now(), caller());
        em.flush();
        CalendarView after = stored.toView(storedDays());
        audit.record(
                "SERVICE_CALENDAR_CHANGED",
                "service calendar",
                CalendarDifference.describe(before, after),
                CalendarDifference.fields(before),
                CalendarDifference.fields(after));
        return after;
    }

    private CalendarView touched(StoredCalendar stored, CalendarView before, String detail) {
        stored.touch(clock.now(), caller());
        em.flush();
        CalendarView after = stored.toView(storedDays());
        audit.record(
                "SERVICE_CALENDAR_CHANGED",
                "service calendar",
                detail,
                CalendarDifference.fields(before),
                CalendarDifference.fields(after));
        return after;
    }

    private StoredCalendar lockedCalendar(Integer expectedVersion) {
        StoredCalendar stored = em.find(StoredCalendar.class, StoredCalendar.ID, LockModeType.PESSIMISTIC_WRITE);
        if (expectedVersion != null && expectedVersion != stored.version()) {
            CalendarView view = stored.toView(List.of());
            throw new CalendarChangedException(expectedVersion, stored.version(), view.changedBy());
        }
        return stored;
    }

    private Snapshot snapshot() {
        Integer version = em.createQuery("select c.version from StoredCalendar c where c.id = :id", Integer.class)
                .setParameter("id", StoredCalendar.ID)
                .getSingleResult();
        Snapshot known = cached;
        if (known != null && known.view().version() == version) {
            return known;
        }
        StoredCalendar stored = em.find(StoredCalendar.class, StoredCalendar.ID);
        CalendarView view = stored.toView(storedDays());
        Snapshot fresh = new Snapshot(view, view.calendar());
        cached = fresh;
        return fresh;
    }

    private List<CalendarDay> storedDays() {
        return em.createQuery("select d from StoredCalendarDay d order by d.date", StoredCalendarDay.class)
                .getResultStream()
                .map(StoredCalendarDay::toDay)
                .toList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String describe(CalendarDay day) {
        return day.date() + " " + day.name() + (day.holiday() ? " (holiday)" : " (working " + day.periods() + ")");
    }
}
