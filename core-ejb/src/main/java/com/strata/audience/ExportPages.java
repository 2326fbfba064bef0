package com.strata.audience;

import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.PortfolioScope;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An export's rows, read page by page on one connection: a keyset page of members ({@link AudienceSql#exportPage}),
 * then their main contacts in one query ({@link AudienceSql#EXPORT_CONTACTS}). Both statements are prepared once for
 * the whole export.
 */
final class ExportPages implements AutoCloseable {

    private static final ExportColumn[] COLUMNS = ExportColumn.values();

    private final Connection db;
    private final AudienceFilter filter;
    private final PortfolioScope scope;
    private final ScoredRun run;
    private final int size;
    private final boolean chinese;
    private final PreparedStatement members;
    private final PreparedStatement contacts;
    private long after;
    private boolean last;

    ExportPages(Connection db, AudienceFilter filter, PortfolioScope scope, ScoredRun run, int size, boolean chinese)
            throws SQLException {
        this.db = db;
        this.filter = filter;
        this.scope = scope;
        this.run = run;
        this.size = size;
        this.chinese = chinese;
        this.members = db.prepareStatement(
                AudienceSql.exportPage(filter, scope, run, 0, size).sql());
        try {
            this.contacts = db.prepareStatement(AudienceSql.EXPORT_CONTACTS);
        } catch (SQLException e) {
            members.close();
            throw e;
        }
    }

    /** The next page's rows, each a value per {@link ExportColumn}; empty after the last page. */
    List<Object[]> next() throws SQLException {
        List<Object[]> rows = new ArrayList<>(size);
        if (last) {
            return rows;
        }
        List<Long> ids = new ArrayList<>(size);
        Audiences.bind(members, AudienceSql.exportPage(filter, scope, run, after, size));
        try (ResultSet row = members.executeQuery()) {
            while (row.next()) {
                after = row.getLong(1);
                ids.add(after);
                rows.add(values(row));
            }
        }
        // A short page is the last: no query to find the next one empty.
        last = rows.size() < size;
        if (!rows.isEmpty()) {
            addContacts(ids, rows);
        }
        return rows;
    }

    private Object[] values(ResultSet row) throws SQLException {
        Object[] values = new Object[COLUMNS.length];
        // Column 1 is the customer id the keyset pages by; the statement's columns follow, the contact's left out.
        int index = 2;
        for (int i = 0; i < COLUMNS.length; i++) {
            if (!COLUMNS[i].fromContacts()) {
                values[i] = COLUMNS[i].read(row, index++, chinese);
            }
        }
        return values;
    }

    /**
     * Fills in each member's main contact: the name of their first contact by id, the first phone and the first email
     * any of their contacts has (what three subqueries per row used to select).
     */
    private void addContacts(List<Long> ids, List<Object[]> rows) throws SQLException {
        Map<Long, String[]> main = new HashMap<>();
        Array array = db.createArrayOf("BIGINT", ids.toArray());
        try {
            contacts.setLong(1, ids.get(0));
            contacts.setLong(2, ids.get(ids.size() - 1));
            contacts.setArray(3, array);
            try (ResultSet row = contacts.executeQuery()) {
                while (row.next()) {
                    String[] contact = main.get(row.getLong(1));
                    if (contact == null) {
                        main.put(row.getLong(1), new String[] {row.getString(2), row.getString(3), row.getString(4)});
                    } else {
                        if (contact[1] == null) {
                            contact[1] = row.getString(3);
                        }
                        if (contact[2] == null) {
                            contact[2] = row.getString(4);
                        }
                    }
                }
            }
        } finally {
            array.free();
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] contact = main.get(ids.get(i));
            if (contact != null) {
                Object[] values = rows.get(i);
                values[ExportColumn.CONTACT_NAME.ordinal()] = contact[0];
                values[ExportColumn.CONTACT_PHONE.ordinal()] = contact[1];
                values[ExportColumn.CONTACT_EMAIL.ordinal()] = contact[2];
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (members;
                contacts) {
            // Closes both statements, the second even when the first fails.
        }
    }
}
