package com.strata.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Moves the customers a selection names to another account manager in two set-based statements: first, when asked,
 * their open tasks that their current account manager owns (tasks someone else owns, such as a supervisor's, stay
 * where they are), then the customers themselves. Customers already with the new manager are left alone and not
 * counted.
 */
final class CustomerMove {

    /**
     * Which customers (alias {@code c}): a condition and its parameters, e.g. the chosen codes or a list filter, always
     * within the caller's portfolio.
     */
    record Selection(String condition, List<Object> parameters) {

        static Selection codes(List<String> codes, List<String> managersInScope) {
            List<Object> parameters = new ArrayList<>(codes);
            String condition = "c.code IN (" + placeholders(codes.size()) + ")";
            if (managersInScope != null) {
                condition += " AND c.account_manager IN (" + placeholders(managersInScope.size()) + ")";
                parameters.addAll(managersInScope);
            }
            return new Selection(condition, parameters);
        }

        /** The customers a statement of ids names (e.g. all matching a list filter in the caller's scope). */
        static Selection ids(String idsSql, List<Object> idsParameters) {
            return new Selection("c.id IN (" + idsSql + ")", idsParameters);
        }
    }

    /** How many customers and open tasks moved. */
    record Moved(int customers, int tasks) {}

    private CustomerMove() {}

    static Moved to(Connection db, Selection selection, String manager, boolean withTasks) throws SQLException {
        int tasks = 0;
        if (withTasks) {
            String moveTasks = "UPDATE task SET owner = ? WHERE status = 'OPEN' AND EXISTS (SELECT 1 FROM customer c"
                    + " WHERE c.id = task.customer_id AND c.account_manager = task.owner"
                    + " AND c.account_manager <> ? AND " + selection.condition() + ")";
            try (PreparedStatement update = db.prepareStatement(moveTasks)) {
                update.setString(1, manager);
                update.setString(2, manager);
                bind(update, 3, selection.parameters());
                tasks = update.executeUpdate();
            }
        }
        String moveCustomers = "UPDATE customer c SET account_manager = ? WHERE (c.account_manager IS NULL"
                + " OR c.account_manager <> ?) AND " + selection.condition();
        try (PreparedStatement update = db.prepareStatement(moveCustomers)) {
            update.setString(1, manager);
            update.setString(2, manager);
            bind(update, 3, selection.parameters());
            return new Moved(update.executeUpdate(), tasks);
        }
    }

    /** The account managers the selection's customers have now (the ones whose figures a move changes). */
    static List<String> managersOf(Connection db, Selection selection) throws SQLException {
        List<String> managers = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT DISTINCT c.account_manager FROM customer c"
                + " WHERE c.account_manager IS NOT NULL AND " + selection.condition())) {
            bind(select, 1, selection.parameters());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    managers.add(row.getString(1));
                }
            }
        }
        return managers;
    }

    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement statement, int from, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(from + i, values.get(i));
        }
    }
}
