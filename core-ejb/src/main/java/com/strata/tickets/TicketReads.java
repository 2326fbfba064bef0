package com.strata.tickets;

import static com.strata.refusal.ProblemCode.FROM_ONE_TO;
import static com.strata.refusal.ProblemCode.NOT_NEGATIVE;

import com.strata.calendar.BusinessTime;
import com.strata.calendar.ServiceCalendar;
import com.strata.calendar.ServiceCalendars;
import com.strata.customer.Customer;
import com.strata.customer.PortfolioScope;
import com.strata.customer.Portfolios;
import com.strata.customer.UnknownCustomerException;
import com.strata.refusal.Problem;
import com.strata.security.Roles;
import com.strata.service.ServiceChannel;
import com.strata.sla.ClockKind;
import com.strata.sla.ClockReading;
import com.strata.sla.ClockState;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reading tickets: one ticket with its clocks read now and its timeline, the service queue a page at a time (in the
 * database, by the queue indexes), a customer's tickets. Analysts and account managers read the tickets of the
 * customers they see; a ticket of a customer outside the caller's portfolio is refused with 403.
 */
@Stateless
@RolesAllowed({Roles.SERVICE_AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.ACCOUNT_MANAGER})
public class TicketReads {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @Inject
    private Portfolios portfolios;

    @Inject
    private BusinessClock clock;

    @Inject
    private ServiceCalendars calendar;

    @Inject
    private TicketStore store;

    public TicketView view(String number) {
        Ticket ticket = ticket(number);
        Customer customer = em.find(Customer.class, ticket.getCustomerId());
        Instant now = clock.now();
        TicketClocks.Facts facts = store.facts(ticket);
        TicketClocks.Readings readings = TicketClocks.read(calendar.current(), facts, now);
        List<TimelineLine> timeline = em.createQuery(
                        "select e from TicketEntry e where e.ticketId = :id order by e.at, e.id", TicketEntry.class)
                .setParameter("id", ticket.getId())
                .getResultStream()
                .map(TimelineLine::of)
                .toList();
        List<?> tier = em.createNativeQuery("SELECT tier FROM customer_tier WHERE customer_id = ?1")
                .setParameter(1, ticket.getCustomerId())
                .getResultList();
        return new TicketView(
                ticket.getNumber(),
                customer.getCode(),
                customer.getName(),
                tier.isEmpty() ? null : (String) tier.get(0),
                ticket.getSubject(),
                ticket.getDescription(),
                ticket.getChannel(),
                ticket.getType(),
                ticket.getPriority(),
                ticket.getStatus(),
                ticket.getAssignee(),
                ticket.getCreatedBy(),
                ticket.getCreatedAt(),
                ticket.getTierAtOpen(),
                ticket.getSource(),
                ticket.getVersion(),
                ticket.getFirstRespondedAt(),
                ticket.getResolvedAt(),
                ticket.getClosedAt(),
                ticket.getWaitingSince(),
                ticket.getStatus() == TicketStatus.RESOLVED
                        ? ticket.getResolvedAt().plus(Duration.ofDays(calendar.reopenDays()))
                        : null,
                clockView(readings.firstResponse(), facts, ClockKind.FIRST_RESPONSE),
                clockView(readings.resolution(), facts, ClockKind.RESOLUTION),
                timeline);
    }

    /** The ticket, refused when unknown or when its customer is outside the caller's portfolio. */
    private Ticket ticket(String number) {
        Ticket ticket = store.find(number);
        Customer customer = em.find(Customer.class, ticket.getCustomerId());
        portfolios.checkCustomer(customer.getCode(), customer.getAccountManager());
        return ticket;
    }

    private static ClockView clockView(ClockReading reading, TicketClocks.Facts facts, ClockKind kind) {
        if (reading == null) {
            return null;
        }
        long opening = facts.targets().stream()
                .filter(t -> t.getClock().equals(kind.name()))
                .min(Comparator.comparing(TicketTarget::getAt))
                .map(TicketTarget::getTargetMinutes)
                .orElseThrow();
        return ClockView.of(reading, opening, facts.stoppedAt(kind));
    }

    /**
     * A page of the queue in the caller's scope and the (capped) count of matching tickets, read together: one scope,
     * one connection and one transaction for both.
     */
    public TicketPage queue(TicketQuery query) {
        Reader reader = reader(query);
        try (Connection db = dataSource.getConnection()) {
            List<TicketLine> lines = reader.lines(db, query);
            long total = count(db, TicketQueueSql.count(query, reader.scope(), reader.caller(), reader.utcNow()));
            boolean capped = total > TicketQueueSql.COUNT_CAP;
            return new TicketPage(lines, capped ? TicketQueueSql.COUNT_CAP : total, capped);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the service queue", e);
        }
    }

    /** A page of the queue in the caller's scope without the count: for a pager that counted this view already. */
    public List<TicketLine> queueLines(TicketQuery query) {
        Reader reader = reader(query);
        try (Connection db = dataSource.getConnection()) {
            return reader.lines(db, query);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the service queue", e);
        }
    }

    private Reader reader(TicketQuery query) {
        if (query.first() < 0 || query.size() < 1 || query.size() > TicketQuery.MAX_PAGE_SIZE) {
            throw TicketRefusal.invalid(
                    "the queue page",
                    List.of(
                            query.first() < 0
                                    ? Problem.of("first", NOT_NEGATIVE, query.first())
                                    : Problem.of("size", FROM_ONE_TO, TicketQuery.MAX_PAGE_SIZE, query.size())));
        }
        return new Reader(
                portfolios.callerScope(),
                session.getCallerPrincipal().getName(),
                clock.now(),
                new BusinessTime(calendar.current()));
    }

    /** Who reads the queue, in which scope and when: the page and its count read the queue as of the same instant. */
    private record Reader(PortfolioScope scope, String caller, Instant now, BusinessTime time) {

        LocalDateTime utcNow() {
            return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        }

        List<TicketLine> lines(Connection db, TicketQuery query) throws SQLException {
            List<TicketLine> lines = new ArrayList<>();
            try (PreparedStatement select = prepared(db, TicketQueueSql.page(query, scope, caller, utcNow()));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Instant frDue = instant(row.getTimestamp("fr_due_at"));
                    Instant resDue = instant(row.getTimestamp("res_due_at"));
                    lines.add(new TicketLine(
                            row.getString("number"),
                            row.getString("subject"),
                            row.getString("code"),
                            row.getString("name"),
                            row.getString("tier"),
                            TicketStatus.valueOf(row.getString("status")),
                            TicketPriority.valueOf(row.getString("priority")),
                            TicketType.valueOf(row.getString("ticket_type")),
                            ServiceChannel.valueOf(row.getString("channel")),
                            row.getString("assignee"),
                            instant(row.getTimestamp("created_at")),
                            row.getInt("breached_now") == 1,
                            state(row.getString("fr_state"), frDue, now),
                            frDue,
                            left(time, now, frDue),
                            state(row.getString("res_state"), resDue, now),
                            resDue,
                            left(time, now, resDue)));
                }
            }
            return lines;
        }
    }

    private static long count(Connection db, TicketQueueSql.Statement count) throws SQLException {
        try (PreparedStatement select = prepared(db, count);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The customer's tickets, newest first. */
    public List<CustomerTicketLine> ofCustomer(String customerCode) {
        Customer customer = em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                .setParameter("code", customerCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownCustomerException(customerCode));
        portfolios.checkCustomer(customer.getCode(), customer.getAccountManager());
        return em.createQuery(
                        "select t from Ticket t where t.customerId = :id order by t.createdAt desc, t.id desc",
                        Ticket.class)
                .setParameter("id", customer.getId())
                .setMaxResults(Tickets.CUSTOMER_TICKETS)
                .getResultStream()
                .map(t -> new CustomerTicketLine(
                        t.getNumber(),
                        t.getSubject(),
                        t.getType(),
                        t.getStatus(),
                        t.getSource(),
                        t.getCreatedAt(),
                        t.getResolvedAt(),
                        t.isBreached()))
                .toList();
    }

    /** The calendar clocks count in (pages show instants in its zone). */
    public ServiceCalendar calendar() {
        return calendar.current();
    }

    /** Business minutes from now until {@code due}; negative once overdue; null when the clock does not run. */
    static Long left(BusinessTime time, Instant now, Instant due) {
        if (due == null) {
            return null;
        }
        return now.isBefore(due)
                ? time.between(now, due).toMinutes()
                : -time.between(due, now).toMinutes();
    }

    private static PreparedStatement prepared(Connection db, TicketQueueSql.Statement statement) throws SQLException {
        PreparedStatement prepared = db.prepareStatement(statement.sql());
        int i = 1;
        for (Object parameter : statement.parameters()) {
            prepared.setObject(i++, parameter);
        }
        return prepared;
    }

    /**
     * The clock's state when read: a running clock past its due instant is breached, even before the escalation pass
     * (once a minute) stores it so.
     */
    private static ClockState state(String name, Instant due, Instant now) {
        if (name == null) {
            return null;
        }
        return due != null && due.isBefore(now) ? ClockState.BREACHED : ClockState.valueOf(name);
    }

    /** The stored UTC wall time as an instant, whatever the server's zone. */
    private static Instant instant(Timestamp utc) {
        return utc == null ? null : utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
