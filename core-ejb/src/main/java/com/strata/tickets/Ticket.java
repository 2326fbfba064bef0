package com.strata.tickets;

import com.strata.service.ServiceChannel;
import com.strata.sla.ClockReading;
import com.strata.sla.ClockState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A customer's service request (see the V17 migration). Instants are stored as UTC wall time; the accessors speak
 * {@link Instant}. The SLA columns are what the queue sorts on and the escalation pass compares with now: the
 * {@code Tickets} service rewrites them from the clock engine on every event through {@link #storeClocks}.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    public static final int NUMBER_LENGTH = 16;
    public static final int SUBJECT_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int USERNAME_LENGTH = 64;
    public static final int TIER_LENGTH = 32;
    public static final int IMPORT_REF_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = NUMBER_LENGTH)
    private String number;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_type", nullable = false, length = 16)
    private TicketType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TicketPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TicketStatus status;

    @Column(length = USERNAME_LENGTH)
    private String assignee;

    @Column(name = "created_by", nullable = false, updatable = false, length = USERNAME_LENGTH)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "tier_at_open", updatable = false, length = TIER_LENGTH)
    private String tierAtOpen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private TicketSource source;

    @Column(name = "import_ref", updatable = false, length = IMPORT_REF_LENGTH)
    private String importRef;

    @Version
    @Column(nullable = false)
    private int version;

    @Column(name = "first_response_target_minutes")
    private Integer firstResponseTargetMinutes;

    @Column(name = "resolution_target_minutes")
    private Integer resolutionTargetMinutes;

    @Column(name = "first_responded_at")
    private LocalDateTime firstRespondedAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "waiting_since")
    private LocalDateTime waitingSince;

    @Column(name = "paused_minutes", nullable = false)
    private int pausedMinutes;

    @Column(name = "fr_state", length = 16)
    private String frState;

    @Column(name = "res_state", length = 16)
    private String resState;

    @Column(name = "fr_warn_at")
    private LocalDateTime frWarnAt;

    @Column(name = "fr_due_at")
    private LocalDateTime frDueAt;

    @Column(name = "res_warn_at")
    private LocalDateTime resWarnAt;

    @Column(name = "res_due_at")
    private LocalDateTime resDueAt;

    @Column(name = "fr_breached_at")
    private LocalDateTime frBreachedAt;

    @Column(name = "res_breached_at")
    private LocalDateTime resBreachedAt;

    @Column(name = "fr_warned", nullable = false)
    private boolean frWarned;

    @Column(name = "res_warned", nullable = false)
    private boolean resWarned;

    @Column(name = "next_due_at")
    private LocalDateTime nextDueAt;

    @Column(nullable = false)
    private boolean breached;

    @Column(name = "open_ticket", nullable = false)
    private boolean openTicket;

    protected Ticket() {}

    Ticket(
            String number,
            long customerId,
            TicketDraft draft,
            String tierAtOpen,
            TicketSource source,
            String createdBy,
            Instant createdAt) {
        this.number = number;
        this.customerId = customerId;
        this.subject = draft.subject();
        this.description = draft.description();
        this.channel = draft.channel();
        this.type = draft.type();
        this.priority = draft.priority();
        this.assignee = draft.assignee();
        this.tierAtOpen = tierAtOpen;
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = utc(createdAt);
        this.status = TicketStatus.NEW;
        this.openTicket = true;
    }

    static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public ServiceChannel getChannel() {
        return channel;
    }

    public TicketType getType() {
        return type;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public String getTierAtOpen() {
        return tierAtOpen;
    }

    public TicketSource getSource() {
        return source;
    }

    public int getVersion() {
        return version;
    }

    public Integer getFirstResponseTargetMinutes() {
        return firstResponseTargetMinutes;
    }

    public Integer getResolutionTargetMinutes() {
        return resolutionTargetMinutes;
    }

    public Instant getFirstRespondedAt() {
        return instant(firstRespondedAt);
    }

    public Instant getResolvedAt() {
        return instant(resolvedAt);
    }

    public Instant getClosedAt() {
        return instant(closedAt);
    }

    public Instant getWaitingSince() {
        return instant(waitingSince);
    }

    public int getPausedMinutes() {
        return pausedMinutes;
    }

    public Instant getNextDueAt() {
        return instant(nextDueAt);
    }

    public boolean isBreached() {
        return breached;
    }

    public Instant getFirstResponseDueAt() {
        return instant(frDueAt);
    }

    public Instant getFirstResponseWarnAt() {
        return instant(frWarnAt);
    }

    public Instant getResolutionDueAt() {
        return instant(resDueAt);
    }

    public Instant getResolutionWarnAt() {
        return instant(resWarnAt);
    }

    public Instant getFirstResponseBreachedAt() {
        return instant(frBreachedAt);
    }

    public Instant getResolutionBreachedAt() {
        return instant(resBreachedAt);
    }

    public ClockState getFirstResponseState() {
        return frState == null ? null : ClockState.valueOf(frState);
    }

    public ClockState getResolutionState() {
        return resState == null ? null : ClockState.valueOf(resState);
    }

    void moveTo(TicketStatus to) {
        this.status = to;
        this.openTicket = to.open();
    }

    void assign(String username) {
        this.assignee = username;
    }

    /** The first note to the customer (or the resolve) stops the first-response clock; later ones change nothing. */
    void responded(Instant at) {
        if (firstRespondedAt == null) {
            firstRespondedAt = utc(at);
        }
    }

    void waiting(Instant since) {
        this.waitingSince = utc(since);
    }

    void resolved(Instant at) {
        this.resolvedAt = utc(at);
    }

    void closed(Instant at) {
        this.closedAt = utc(at);
    }

    /**
     * Stores both clocks' columns from a fresh reading. The escalation pass owns the moment a running clock becomes
     * WARNING or BREACHED (it tells people and logs the event once), so a running clock is stored as RUNNING or WARNING
     * even when the reading is already past due, and a breach the pass recorded is never undone. A clock that stopped
     * or paused after its due instant is stored BREACHED here: no pass will see it run again. Warn and due instants
     * are stored only for a running clock, so that the pass's index ranges hold running clocks alone.
     */
    void storeClocks(ClockReading firstResponse, boolean frPaused, ClockReading resolution, boolean resPaused) {
        Stored fr = Stored.of(firstResponse, firstRespondedAt != null, frPaused, frState, frBreachedAt);
        Stored res = Stored.of(resolution, resolvedAt != null, resPaused, resState, resBreachedAt);
        frState = fr.state;
        frWarnAt = fr.warnAt;
        frDueAt = fr.dueAt;
        frBreachedAt = fr.breachedAt;
        firstResponseTargetMinutes = fr.targetMinutes;
        resState = res.state;
        resWarnAt = res.warnAt;
        resDueAt = res.dueAt;
        resBreachedAt = res.breachedAt;
        resolutionTargetMinutes = res.targetMinutes;
        nextDueAt = earlier(frDueAt, resDueAt);
        breached = frBreachedAt != null || resBreachedAt != null;
        pausedMinutes = (int) Math.max(
                firstResponse == null ? 0 : firstResponse.paused().toMinutes(),
                resolution == null ? 0 : resolution.paused().toMinutes());
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** One clock's stored columns. */
    private record Stored(
            String state, LocalDateTime warnAt, LocalDateTime dueAt, LocalDateTime breachedAt, Integer targetMinutes) {

        static Stored of(
                ClockReading reading,
                boolean stopped,
                boolean paused,
                String storedState,
                LocalDateTime storedBreachedAt) {
            if (reading == null) {
                return new Stored(null, null, null, null, null);
            }
            Integer target = (int) reading.target().toMinutes();
            boolean toldBreached = ClockState.BREACHED.name().equals(storedState);
            if (stopped || paused) {
                boolean breached = toldBreached || reading.breached();
                String state = breached
                        ? ClockState.BREACHED.name()
                        : stopped ? ClockState.MET.name() : ClockState.PAUSED.name();
                LocalDateTime breachedAt =
                        !breached ? null : storedBreachedAt != null ? storedBreachedAt : utc(reading.breachedAt());
                return new Stored(state, null, null, breachedAt, target);
            }
            String state = toldBreached
                    ? ClockState.BREACHED.name()
                    : reading.state() == ClockState.RUNNING ? ClockState.RUNNING.name() : ClockState.WARNING.name();
            return new Stored(
                    state,
                    utc(reading.warningAt()),
                    utc(reading.dueAt()),
                    toldBreached ? storedBreachedAt : null,
                    target);
        }
    }
}
