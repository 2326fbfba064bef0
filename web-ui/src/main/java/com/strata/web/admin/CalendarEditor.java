package com.strata.web.admin;

import com.strata.calendar.BusinessTime;
import com.strata.calendar.CalendarChange;
import com.strata.calendar.CalendarChangedException;
import com.strata.calendar.CalendarDay;
import com.strata.calendar.CalendarView;
import com.strata.calendar.ExceptionDraft;
import com.strata.calendar.InvalidCalendarException;
import com.strata.calendar.PeriodDraft;
import com.strata.calendar.ServiceCalendars;
import com.strata.calendar.UnknownCalendarDayException;
import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service calendar page: administrators edit the zone, the weekday periods, the warning share and the reopen
 * window, add and remove holidays and adjusted working days; everyone who opens it sees the calendar and can try
 * what due time a start and a number of business hours give. Each problem the service names is shown at its field.
 */
@Named
@ViewScoped
public class CalendarEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    // week.MONDAY[1].end, exception.periods[0].start
    private static final Pattern PERIOD_FIELD =
            Pattern.compile("(week\\.(\\w+)|exception\\.periods)(?:\\[(\\d+)\\](?:\\.(start|end))?)?");

    @Inject
    private ServiceCalendars calendars;

    @Inject
    private BusinessClock clock;

    private CalendarView view;
    private String zone;
    private List<DayRow> days;
    private BigDecimal warningShare;
    private Integer reopenDays;
    private final Map<String, List<String>> problems = new HashMap<>();

    private LocalDate exceptionDate;
    private String exceptionName;
    private boolean exceptionWorking;
    private List<PeriodRow> exceptionPeriods;

    private LocalDateTime tryStart;
    private BigDecimal tryHours = BigDecimal.valueOf(8);
    private LocalDateTime tryDue;

    @PostConstruct
    void load() {
        show(calendars.view());
        clearNewException();
        tryStart = LocalDateTime.ofInstant(clock.now(), ZoneId.of(view.zone())).truncatedTo(ChronoUnit.MINUTES);
        tryIt();
    }

    private void show(CalendarView shown) {
        view = shown;
        zone = shown.zone();
        days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new DayRow(
                    day, shown.week().get(day).stream().map(PeriodRow::of).toList()));
        }
        warningShare = BigDecimal.valueOf(shown.warningShare());
        reopenDays = shown.reopenDays();
        problems.clear();
    }

    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    /** Region time zones (Asia/Shanghai, Europe/Berlin, ...), sorted. */
    public List<String> getZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .sorted()
                .toList();
    }

    public void save() {
        Map<DayOfWeek, List<PeriodDraft>> week = new EnumMap<>(DayOfWeek.class);
        days.forEach(row -> week.put(
                row.getDay(), row.getPeriods().stream().map(PeriodRow::toDraft).toList()));
        CalendarChange change = new CalendarChange(
                zone,
                week,
                view.exceptions().stream().map(ExceptionDraft::of).toList(),
                warningShare == null ? null : warningShare.doubleValue(),
                reopenDays,
                view.version());
        if (refused(() -> calendars.change(change))) {
            return;
        }
        info("calendar.saved");
    }

    public void addException() {
        List<PeriodDraft> periods = exceptionWorking
                ? exceptionPeriods.stream().map(PeriodRow::toDraft).toList()
                : List.of();
        ExceptionDraft draft =
                new ExceptionDraft(exceptionDate == null ? null : exceptionDate.toString(), exceptionName, periods);
        if (refused(() -> calendars.addException(draft, view.version()))) {
            return;
        }
        info("calendar.exception.added", exceptionDate);
        clearNewException();
    }

    public void removeException(CalendarDay day) {
        if (refused(() -> calendars.removeException(day.date(), view.version()))) {
            return;
        }
        info("calendar.exception.removed", day.date());
    }

    /** The due instant of the "try it" line, in the stored calendar's business time. */
    public void tryIt() {
        tryDue = null;
        if (tryStart == null || tryHours == null || tryHours.signum() <= 0) {
            return;
        }
        ZoneId calendarZone = ZoneId.of(view.zone());
        Instant start = tryStart.atZone(calendarZone).toInstant();
        Duration business =
                Duration.ofSeconds(tryHours.multiply(BigDecimal.valueOf(3600)).longValue());
        tryDue = LocalDateTime.ofInstant(new BusinessTime(view.calendar()).plus(start, business), calendarZone);
    }

    public void addExceptionPeriod() {
        exceptionPeriods.add(new PeriodRow("13:30", "18:00"));
    }

    public void removeExceptionPeriod(int index) {
        exceptionPeriods.remove(index);
    }

    /** The problems the last refusal named for {@code key} (a weekday as {@code week.MONDAY}, or a field). */
    public List<String> problemsOf(String key) {
        return problems.getOrDefault(key, List.of());
    }

    private interface Change {
        CalendarView apply();
    }

    /** Applies the change and shows the calendar it gives; on a refusal shows why and keeps what was typed. */
    private boolean refused(Change change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(change.apply());
            tryIt();
            return false;
        } catch (InvalidCalendarException refusal) {
            problems.clear();
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            for (Problem problem : refusal.problems()) {
                problems.computeIfAbsent(key(problem.field()), k -> new ArrayList<>())
                        .add(render(problem, bundle));
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("calendar.refused"), ""));
        } catch (CalendarChangedException | UnknownCalendarDayException refusal) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), ""));
            show(calendars.view());
        } catch (Refusal refusal) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), ""));
        }
        faces.validationFailed();
        return true;
    }

    /** Where a problem is shown: a weekday's row, the new exception's periods, or the field itself. */
    private static String key(String field) {
        Matcher period = PERIOD_FIELD.matcher(field);
        if (period.matches()) {
            return period.group(2) != null ? "week." + period.group(2) : "exception.periods";
        }
        return field;
    }

    /** {@code label: what is wrong} in the reader's language; a period is named by its day and number. */
    private String render(Problem problem, ResourceBundle bundle) {
        String what = Problem.fill(
                bundle.getString(problem.code().key()), problem.arguments(), bundle.getString("problem.nothing"));
        return Problem.fill(bundle.getString("problem.line"), List.of(label(problem.field(), bundle), what), "");
    }

    private String label(String field, ResourceBundle bundle) {
        Matcher period = PERIOD_FIELD.matcher(field);
        if (period.matches() && period.group(3) != null) {
            String where = period.group(2) != null
                    ? DayOfWeek.valueOf(period.group(2)).getDisplayName(TextStyle.FULL, locale())
                    : bundle.getString("calendar.exception.periods");
            String part = period.group(4) == null ? "" : bundle.getString("calendar.period." + period.group(4));
            return MessageFormat.format(
                    bundle.getString("calendar.periodLabel"), where, Integer.parseInt(period.group(3)) + 1, part);
        }
        if (period.matches() && period.group(2) != null) {
            return DayOfWeek.valueOf(period.group(2)).getDisplayName(TextStyle.FULL, locale());
        }
        String key = "calendar." + field;
        return bundle.containsKey(key) ? bundle.getString(key) : field;
    }

    private void clearNewException() {
        exceptionDate = null;
        exceptionName = null;
        exceptionWorking = false;
        exceptionPeriods = new ArrayList<>(List.of(new PeriodRow("09:00", "18:00")));
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), ""));
    }

    private String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, locale()).format(arguments);
    }

    private java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale());
    }

    /** The exceptions for the page, the latest date first: what is planned ahead comes before past years. */
    public List<CalendarDay> getExceptionsNewestFirst() {
        List<CalendarDay> days = new ArrayList<>(view.exceptions());
        Collections.reverse(days);
        return days;
    }

    public CalendarView getView() {
        return view;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public BigDecimal getWarningShare() {
        return warningShare;
    }

    public void setWarningShare(BigDecimal warningShare) {
        this.warningShare = warningShare;
    }

    public Integer getReopenDays() {
        return reopenDays;
    }

    public void setReopenDays(Integer reopenDays) {
        this.reopenDays = reopenDays;
    }

    public LocalDate getExceptionDate() {
        return exceptionDate;
    }

    public void setExceptionDate(LocalDate exceptionDate) {
        this.exceptionDate = exceptionDate;
    }

    public String getExceptionName() {
        return exceptionName;
    }

    public void setExceptionName(String exceptionName) {
        this.exceptionName = exceptionName;
    }

    public boolean isExceptionWorking() {
        return exceptionWorking;
    }

    public void setExceptionWorking(boolean exceptionWorking) {
        this.exceptionWorking = exceptionWorking;
    }

    public List<PeriodRow> getExceptionPeriods() {
        return exceptionPeriods;
    }

    public LocalDateTime getTryStart() {
        return tryStart;
    }

    public void setTryStart(LocalDateTime tryStart) {
        this.tryStart = tryStart;
    }

    public BigDecimal getTryHours() {
        return tryHours;
    }

    public void setTryHours(BigDecimal tryHours) {
        this.tryHours = tryHours;
    }

    public LocalDateTime getTryDue() {
        return tryDue;
    }
}
