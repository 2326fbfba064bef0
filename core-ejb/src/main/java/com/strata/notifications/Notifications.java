package com.strata.notifications;

import com.strata.security.Roles;
import com.strata.system.BusinessClock;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The caller's own notifications: the unread count the header shows on every page (an index-only count), a page of
 * them newest first, and marking one or all read. Nobody reads or marks another user's notifications.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
public class Notifications {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE = 200;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @Inject
    private BusinessClock clock;

    public long unreadCount() {
        try (Connection db = dataSource.getConnection()) {
            return unread(db, caller());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the notifications: " + e.getMessage(), e);
        }
    }

    /** The caller's notifications from {@code first}, at most {@code size} (1 to {@link #MAX_PAGE}). */
    public NotificationPage page(int first, int size) {
        String me = caller();
        try (Connection db = dataSource.getConnection()) {
            List<NotificationView> rows = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT id, kind, ticket_id, ticket_number, customer_id, customer_name, clock, at, score,"
                            + " created_at, read_at FROM notification WHERE recipient = ?"
                            + " ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                select.setString(1, me);
                select.setInt(2, Math.max(0, first));
                select.setInt(3, Math.max(1, Math.min(MAX_PAGE, size)));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(view(row));
                    }
                }
            }
            long total;
            try (PreparedStatement count =
                    db.prepareStatement("SELECT COUNT(*) FROM notification WHERE recipient = ?")) {
                count.setString(1, me);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            return new NotificationPage(total, unread(db, me), List.copyOf(rows));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the notifications: " + e.getMessage(), e);
        }
    }

    /** Marks one of the caller's notifications read (again is harmless); answers it. */
    public NotificationView markRead(long id) {
        String me = caller();
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE notification SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL")) {
                UtcTimes.bind(update, 1, clock.now());
                update.setLong(2, id);
                update.setString(3, me);
                update.executeUpdate();
            }
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT id, kind, ticket_id, ticket_number, customer_id, customer_name, clock, at, score,"
                            + " created_at, read_at FROM notification WHERE id = ? AND recipient = ?")) {
                select.setLong(1, id);
                select.setString(2, me);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new NotificationNotFoundException(id);
                    }
                    return view(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark notification " + id + " read: " + e.getMessage(), e);
        }
    }

    /** Marks all the caller's unread notifications read; answers how many. */
    public long markAllRead() {
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement(
                        "UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL")) {
            UtcTimes.bind(update, 1, clock.now());
            update.setString(2, caller());
            return update.executeLargeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark the notifications read: " + e.getMessage(), e);
        }
    }

    private static long unread(Connection db, String recipient) throws SQLException {
        try (PreparedStatement count =
                db.prepareStatement("SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL")) {
            count.setString(1, recipient);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static NotificationView view(ResultSet row) throws SQLException {
        return new NotificationView(
                row.getLong("id"),
                NotificationKind.valueOf(row.getString("kind")),
                row.getObject("ticket_id", Long.class),
                row.getString("ticket_number"),
                row.getObject("customer_id", Long.class),
                row.getString("customer_name"),
                row.getString("clock"),
                UtcTimes.read(row, "at"),
                row.getObject("score", Integer.class),
                UtcTimes.read(row, "created_at"),
                UtcTimes.read(row, "read_at"));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
