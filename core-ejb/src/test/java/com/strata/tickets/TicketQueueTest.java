package com.strata.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.strata.customer.PortfolioScope;
import com.strata.runs.MigratedDatabases.MigratedDatabase;
import com.strata.service.ServiceChannel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue's SQL on a migrated database: order, filters, scope and the capped count. */
abstract class TicketQueueTest {

    /** Before every ticket's due instant: only the flagged ticket counts as breached. */
    private static final LocalDateTime BEFORE_EVERY_DUE = LocalDateTime.parse("2026-03-02T09:30");

    private final MigratedDatabase database;
    private Connection db;

    TicketQueueTest(MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void fill() throws SQLException {
        db = database.create();
        execute("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES"
                + " ('agent', 'A', 'x', CURRENT_TIMESTAMP), ('mgr', 'M', 'x', CURRENT_TIMESTAMP)");
        execute("INSERT INTO customer (id, code, name, kind, account_manager, status) VALUES"
                + " (1, 'C1', 'Acme', 'COMPANY', 'mgr', 'ACTIVE'), (2, 'C2', 'Beta', 'PERSON', NULL, 'ACTIVE')");
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES"
                + " (1, 'Diamond', 0, DATE '2026-01-01'), (2, 'Bronze', 0, DATE '2026-01-01')");
        ticket("T-1", 1, "OPEN", "PHONE", null, "2026-03-02 12:00:00", false);
        ticket("T-2", 2, "OPEN", "EMAIL", "agent", "2026-03-02 10:00:00", false);
        ticket("T-3", 2, "WAITING_ON_CUSTOMER", "PHONE", "agent", null, false);
        ticket("T-4", 1, "OPEN", "CHAT", null, "2026-03-03 09:00:00", true);
        ticket("T-5", 1, "RESOLVED", "PHONE", null, null, false);
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
        database.drop();
    }

    @Test
    void breachedFirstThenTheNearestDueAndWaitingLast() throws SQLException {
        assertEquals(List.of("T-4", "T-2", "T-1", "T-3"), page(TicketQuery.all(0, 10)));
        assertEquals(4, count(TicketQuery.all(0, 10)));
        assertEquals(List.of("T-2", "T-1"), page(TicketQuery.all(1, 2)));
    }

    @Test
    void aRunningClockPastDueCountsAsBreachedBeforeTheEscalationPassFlagsIt() throws SQLException {
        // At 11:00 T-2 (due 10:00) is overdue but not flagged yet: it leads the flagged T-4, whose due comes later.
        LocalDateTime eleven = LocalDateTime.parse("2026-03-02T11:00");
        assertEquals(List.of("T-2", "T-4", "T-1", "T-3"), page(TicketQuery.all(0, 10), eleven));
        assertEquals(List.of("T-4", "T-1"), page(TicketQuery.all(1, 2), eleven));
        TicketQuery breached = new TicketQuery(false, false, null, null, true, null, 0, 10);
        assertEquals(List.of("T-2", "T-4"), page(breached, eleven));
        assertEquals(2, count(breached, eleven));
        assertEquals(List.of("T-4"), page(breached, BEFORE_EVERY_DUE));
        assertEquals(1, count(breached, BEFORE_EVERY_DUE));
    }

    @Test
    void aPageReachingPastTheFlaggedTicketsMergesBothRanges() throws SQLException {
        LocalDateTime eleven = LocalDateTime.parse("2026-03-02T11:00");
        assertEquals(List.of("T-2"), page(TicketQuery.all(0, 1), eleven));
        assertEquals(List.of("T-4"), page(TicketQuery.all(1, 1), eleven));
        assertEquals(List.of("T-3"), page(TicketQuery.all(3, 1), eleven));
    }

    @Test
    void filtersNarrowTheQueue() throws SQLException {
        assertEquals(List.of("T-2", "T-3"), page(new TicketQuery(true, false, null, null, false, null, 0, 10)));
        assertEquals(List.of("T-4", "T-1"), page(new TicketQuery(false, true, null, null, false, null, 0, 10)));
        assertEquals(List.of("T-4", "T-1"), page(new TicketQuery(false, false, "Diamond", null, false, null, 0, 10)));
        assertEquals(
                List.of("T-3"),
                page(new TicketQuery(false, false, null, TicketStatus.WAITING_ON_CUSTOMER, false, null, 0, 10)));
        assertEquals(List.of("T-4"), page(new TicketQuery(false, false, null, null, true, null, 0, 10)));
        assertEquals(
                List.of("T-1", "T-3"),
                page(new TicketQuery(false, false, null, null, false, ServiceChannel.PHONE, 0, 10)));
    }

    @Test
    void aManagerSeesOnlyTheTicketsOfTheirCustomers() throws SQLException {
        PortfolioScope mine = PortfolioScope.ofManagers(List.of("mgr"));
        assertEquals(
                List.of("T-4", "T-1"),
                page(TicketQueueSql.page(TicketQuery.all(0, 10), mine, "mgr", BEFORE_EVERY_DUE)));
        assertEquals(
                List.of(),
                page(TicketQueueSql.page(
                        TicketQuery.all(0, 10), PortfolioScope.ofManagers(List.of()), "x", BEFORE_EVERY_DUE)));
    }

    @Test
    void theCountJoinsOnlyWhatItsFiltersRead() throws SQLException {
        assertFalse(TicketQueueSql.count(TicketQuery.all(0, 10), PortfolioScope.ofEveryone(), "agent", BEFORE_EVERY_DUE)
                .sql()
                .contains("JOIN"));
        assertEquals(2, count(new TicketQuery(false, true, null, null, false, null, 0, 10)));
        assertEquals(2, count(new TicketQuery(false, false, "Diamond", null, false, null, 0, 10)));
        assertEquals(2, count(new TicketQuery(true, false, null, null, false, null, 0, 10)));
        assertEquals(1, count(new TicketQuery(false, false, "Diamond", null, true, null, 0, 10)));
        assertEquals(
                2,
                count(TicketQueueSql.count(
                        TicketQuery.all(0, 10), PortfolioScope.ofManagers(List.of("mgr")), "mgr", BEFORE_EVERY_DUE)));
        assertEquals(
                1,
                count(TicketQueueSql.count(
                        new TicketQuery(false, false, "Diamond", null, true, null, 0, 10),
                        PortfolioScope.ofManagers(List.of("mgr")),
                        "mgr",
                        BEFORE_EVERY_DUE)));
        assertEquals(
                0,
                count(TicketQueueSql.count(
                        TicketQuery.all(0, 10), PortfolioScope.ofManagers(List.of()), "x", BEFORE_EVERY_DUE)));
    }

    private List<String> page(TicketQuery query) throws SQLException {
        return page(query, BEFORE_EVERY_DUE);
    }

    private List<String> page(TicketQuery query, LocalDateTime now) throws SQLException {
        return page(TicketQueueSql.page(query, PortfolioScope.ofEveryone(), "agent", now));
    }

    private List<String> page(TicketQueueSql.Statement statement) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement select = prepared(statement);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                numbers.add(row.getString("number"));
            }
        }
        return numbers;
    }

    private long count(TicketQuery query) throws SQLException {
        return count(query, BEFORE_EVERY_DUE);
    }

    private long count(TicketQuery query, LocalDateTime now) throws SQLException {
        return count(TicketQueueSql.count(query, PortfolioScope.ofEveryone(), "agent", now));
    }

    private long count(TicketQueueSql.Statement statement) throws SQLException {
        try (PreparedStatement select = prepared(statement);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private PreparedStatement prepared(TicketQueueSql.Statement statement) throws SQLException {
        PreparedStatement prepared = db.prepareStatement(statement.sql());
        int i = 1;
        for (Object parameter : statement.parameters()) {
            prepared.setObject(i++, parameter);
        }
        return prepared;
    }

    private void ticket(
            String number, long customer, String status, String channel, String assignee, String due, boolean breached)
            throws SQLException {
        boolean open = !status.equals("RESOLVED") && !status.equals("CLOSED");
        execute("INSERT INTO ticket (number, customer_id, subject, channel, ticket_type, priority, status, assignee,"
                + " created_by, created_at, source, next_due_at, breached, open_ticket) VALUES ('" + number + "', "
                + customer + ", 'S', '" + channel + "', 'REQUEST', 'NORMAL', '" + status + "', "
                + (assignee == null ? "NULL" : "'" + assignee + "'") + ", 'agent', TIMESTAMP '2026-03-02 09:00:00',"
                + " 'DESK', " + (due == null ? "NULL" : "TIMESTAMP '" + due + "'") + ", " + breached + ", " + open
                + ")");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
