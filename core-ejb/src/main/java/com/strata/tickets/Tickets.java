package com.strata.tickets;

import static com.strata.refusal.ProblemCode.AT_MOST_CHARACTERS_FOUND;
import static com.strata.refusal.ProblemCode.CHOOSE_ONE_OF;
import static com.strata.refusal.ProblemCode.MISSING;
import static com.strata.refusal.ProblemCode.NOT_A_HANDLER;
import static com.strata.refusal.ProblemCode.NOT_BLANK;
import static com.strata.refusal.ProblemCode.NO_SUCH_CUSTOMER;

import com.strata.audit.AuditTrail;
import com.strata.calendar.ServiceCalendars;
import com.strata.customer.Customer;
import com.strata.customer.Portfolios;
import com.strata.refusal.Problem;
import com.strata.security.Roles;
import com.strata.service.ServiceChannel;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.sla.ClockKind;
import com.strata.system.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The service desk's tickets: opening one for a customer with the targets of the customer's live tier, notes
 * (internal, or to the customer: the first stops the first-response clock), status changes with their clock pauses,
 * reopening within the calendar's reopen days, assignment. Service agents, supervisors and administrators handle
 * tickets; analysts and account managers read those of the customers they see. Every change keeps the stored SLA
 * columns right (from {@link TicketClocks}), writes a timeline entry and is audited; a change made against an older
 * version of the ticket is refused.
 */
@Stateless
@RolesAllowed({Roles.SERVICE_AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.ACCOUNT_MANAGER})
public class Tickets {

    /** The most tickets a customer's list shows, newest first. */
    static final int CUSTOMER_TICKETS = 50;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Portfolios portfolios;

    @Inject
    private AuditTrail audit;

    @Inject
    private BusinessClock clock;

    @Inject
    private TierServicePolicies policies;

    @Inject
    private ServiceCalendars calendar;

    @Inject
    private TicketReads reads;

    @Inject
    private TicketStore store;

    @RolesAllowed({Roles.SERVICE_AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public TicketView create(TicketDraft draft, TicketSource source) {
        List<Problem> problems = new ArrayList<>();
        Customer customer = null;
        if (draft.customerCode() == null || draft.customerCode().isBlank()) {
            problems.add(Problem.of("customerCode", MISSING));
        } else {
            customer = em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                    .setParameter("code", draft.customerCode().strip())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (customer == null) {
                problems.add(Problem.of(
                        "customerCode", NO_SUCH_CUSTOMER, draft.customerCode().strip()));
            }
        }
        String subject = text("subject", draft.subject(), Ticket.SUBJECT_LENGTH, true, problems);
        String description = text("description", draft.description(), Ticket.DESCRIPTION_LENGTH, false, problems);
        required("channel", draft.channel(), ServiceChannel.values(), problems);
        required("type", draft.type(), TicketType.values(), problems);
        required("priority", draft.priority(), TicketPriority.values(), problems);
        String assignee = blankToNull(draft.assignee());
        if (assignee != null && !assignees().contains(assignee)) {
            problems.add(Problem.of("assignee", NOT_A_HANDLER, assignee));
        }
        if (!problems.isEmpty()) {
            throw TicketRefusal.invalid("the new ticket", problems);
        }
        portfolios.checkCustomer(customer.getCode(), customer.getAccountManager());
        Instant now = now();
        String tier = liveTier(customer.getId());
        TierServicePolicyView policy = policyFor(tier);
        Number sequence = (Number)
                em.createNativeQuery("SELECT nextval('ticket_number_seq')").getSingleResult();
        Ticket ticket = new Ticket(
                String.format("T-%06d", sequence.longValue()),
                customer.getId(),
                new TicketDraft(
                        customer.getCode(),
                        subject,
                        description,
                        draft.channel(),
                        draft.type(),
                        draft.priority(),
                        assignee),
                tier,
                source,
                caller(),
                now);
        em.persist(ticket);
        em.flush();
        em.persist(new TicketTarget(
                ticket.getId(), ClockKind.FIRST_RESPONSE.name(), now, policy.firstResponseHours() * 60));
        em.persist(new TicketTarget(ticket.getId(), ClockKind.RESOLUTION.name(), now, policy.resolutionHours() * 60));
        entry(ticket, now, EntryKind.STATUS, null, TicketStatus.NEW, subject);
        if (assignee != null) {
            entry(ticket, now, EntryKind.ASSIGNED, null, null, assignee);
        }
        store.refreshClocks(ticket, now);
        saved(ticket);
        audit.record(
                "TICKET_CREATED",
                "ticket " + ticket.getNumber(),
                "customer " + customer.getCode() + ", " + draft.type() + ", " + draft.priority() + ", tier "
                        + (tier == null ? "none (" + policy.tier() + " targets)" : tier) + ", targets "
                        + policy.firstResponseHours() + " h / " + policy.resolutionHours() + " h");
        return reads.view(ticket.getNumber());
    }

    /** A note on the timeline; one to the customer moves a new ticket to OPEN and answers the first response. */
    @RolesAllowed({Roles.SERVICE_AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public TicketView addNote(String number, Integer version, boolean toCustomer, String text) {
        Ticket ticket = changeable(number, version);
        List<Problem> problems = new ArrayList<>();
        String note = text("text", text, TicketEntry.TEXT_LENGTH, true, problems);
        if (!problems.isEmpty()) {
            throw TicketRefusal.invalid("the note", problems);
        }
        Instant now = now();
        if (toCustomer && TicketLifecycle.noteToCustomer(ticket, now)) {
            entry(ticket, now, EntryKind.STATUS, TicketStatus.NEW, TicketStatus.OPEN, null);
        }
        entry(ticket, now, toCustomer ? EntryKind.NOTE_CUSTOMER : EntryKind.NOTE_INTERNAL, null, null, note);
        store.refreshClocks(ticket, now);
        saved(ticket);
        audit.record(toCustomer ? "TICKET_NOTE_TO_CUSTOMER" : "TICKET_NOTE_INTERNAL", "ticket " + number, note);
        return reads.view(number);
    }

    /**
     * Moves the ticket along NEW → OPEN → WAITING_ON_CUSTOMER ⇄ OPEN → RESOLVED → CLOSED; RESOLVED → OPEN reopens it
     * within the calendar's reopen days, its resolution clock resuming where it stopped.
     */
    @RolesAllowed({Roles.SERVICE_AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public TicketView changeStatus(String number, Integer version, TicketStatus to, String comment) {
        Ticket ticket = changeable(number, version);
        List<Problem> problems = new ArrayList<>();
        required("status", to, TicketStatus.values(), problems);
        String note = text("comment", comment, TicketEntry.TEXT_LENGTH, false, problems);
        if (!problems.isEmpty()) {
            throw TicketRefusal.invalid("the status change", problems);
        }
        TicketStatus from = ticket.getStatus();
        if (!from.mayMoveTo(to)) {
            throw TicketRefusal.illegalTransition(number, from, to);
        }
        Instant now = now();
        if (from == TicketStatus.RESOLVED && to == TicketStatus.OPEN) {
            Instant until = reopenUntil(ticket.getResolvedAt());
            if (!now.isBefore(until)) {
                throw TicketRefusal.reopenTooLate(number, ticket.getResolvedAt(), calendar.reopenDays());
            }
        }
        move(ticket, to, now, note);
        store.refreshClocks(ticket, now);
        saved(ticket);
        audit.record(
                "TICKET_STATUS", "ticket " + number, from + " -> " + to + (note == null ? "" : ", comment=" + note));
        return reads.view(number);
    }

    @RolesAllowed({Roles.SERVICE_AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public TicketView assign(String number, Integer version, String assignee) {
        Ticket ticket = changeable(number, version);
        String to = blankToNull(assignee);
        if (to != null && !assignees().contains(to)) {
            throw TicketRefusal.invalid("the assignment", List.of(Problem.of("assignee", NOT_A_HANDLER, to)));
        }
        String before = ticket.getAssignee();
        ticket.assign(to);
        entry(ticket, now(), EntryKind.ASSIGNED, null, null, to);
        saved(ticket);
        audit.record(
                "TICKET_ASSIGNED",
                "ticket " + number,
                (before == null ? "nobody" : before) + " -> " + (to == null ? "nobody" : to));
        return reads.view(number);
    }

    /** The active service agents and supervisors, who may be given tickets, by username. */
    public List<String> assignees() {
        return em.createQuery(
                        "select distinct u.username from UserAccount u join u.roles r where u.active = true"
                                + " and r in (:roles) order by u.username",
                        String.class)
                .setParameter("roles", List.of(Roles.SERVICE_AGENT, Roles.SUPERVISOR))
                .getResultList();
    }

    /** The status change's side effects on the clocks' facts, and its timeline entry. */
    private void move(Ticket ticket, TicketStatus to, Instant now, String comment) {
        TicketStatus from = ticket.getStatus();
        TicketLifecycle.move(ticket, ticket.getId(), openPauses(ticket.getId()), to, now)
                .forEach(em::persist);
        entry(ticket, now, EntryKind.STATUS, from, to, comment);
    }

    Instant reopenUntil(Instant resolvedAt) {
        return resolvedAt.plus(calendar.reopenDays(), ChronoUnit.DAYS);
    }

    private List<TicketPause> openPauses(long ticketId) {
        return em.createQuery(
                        "select p from TicketPause p where p.ticketId = :id and p.pausedTo is null", TicketPause.class)
                .setParameter("id", ticketId)
                .getResultList();
    }

    /** The ticket for a change: in the caller's scope, not closed, and not changed since the caller read it. */
    private Ticket changeable(String number, Integer version) {
        Ticket ticket = store.find(number);
        Customer customer = em.find(Customer.class, ticket.getCustomerId());
        portfolios.checkCustomer(customer.getCode(), customer.getAccountManager());
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw TicketRefusal.closedTicket(number);
        }
        if (version != null && version != ticket.getVersion()) {
            throw TicketRefusal.changedMeanwhile(number);
        }
        return ticket;
    }

    /** Writes the change now, so that a concurrent one (or the escalation pass) is refused here with a clear reason. */
    private void saved(Ticket ticket) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw TicketRefusal.changedMeanwhile(ticket.getNumber());
        }
    }

    private void entry(Ticket ticket, Instant at, EntryKind kind, TicketStatus from, TicketStatus to, String text) {
        store.entry(ticket, at, caller(), kind, from, to, text);
    }

    String liveTier(long customerId) {
        List<?> tier = em.createNativeQuery("SELECT tier FROM customer_tier WHERE customer_id = ?1")
                .setParameter(1, customerId)
                .getResultList();
        return tier.isEmpty() ? null : (String) tier.get(0);
    }

    /** The tier's policy in force; a customer not yet tiered is served at the lowest tier's targets. */
    TierServicePolicyView policyFor(String tier) {
        List<TierServicePolicyView> ladder = policies.current();
        return ladder.stream().filter(p -> p.tier().equals(tier)).findFirst().orElse(ladder.get(ladder.size() - 1));
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String text(String field, String value, int limit, boolean required, List<Problem> problems) {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            if (required) {
                problems.add(Problem.of(field, NOT_BLANK));
            }
            return null;
        }
        if (trimmed.length() > limit) {
            problems.add(Problem.of(field, AT_MOST_CHARACTERS_FOUND, limit, trimmed.length()));
        }
        return trimmed;
    }

    private static void required(String field, Object value, Object[] choices, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, CHOOSE_ONE_OF, Arrays.toString(choices)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
