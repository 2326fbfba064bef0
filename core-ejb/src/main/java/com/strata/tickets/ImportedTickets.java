package com.strata.tickets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;

/**
 * The interactions import's TICKET and COMPLAINT rows as closed historical tickets (source IMPORT): one set-based
 * statement per chunk, on the import's connection and transaction, keyed by the interaction's ref so that importing
 * the same file again adds nothing. A TICKET row becomes a REQUEST, a COMPLAINT a COMPLAINT; the ticket opens, is
 * resolved and closed at the start of the interaction's date (UTC), with priority NORMAL and channel PHONE (the
 * import carries neither); it had no SLA, so its clocks are not applicable (no targets, no states).
 */
public final class ImportedTickets {

    private static final String INSERT = "INSERT INTO ticket (number, customer_id, subject, description, channel,"
            + " ticket_type, priority, status, created_by, created_at, source, import_ref, resolved_at, closed_at,"
            + " open_ticket)"
            + " SELECT 'T-' || CASE WHEN s.n < 1000000 THEN LPAD(CAST(s.n AS VARCHAR(20)), 6, '0')"
            + " ELSE CAST(s.n AS VARCHAR(20)) END,"
            + " s.customer_id, COALESCE(SUBSTRING(s.text FROM 1 FOR 200), s.type || ' ' || s.ref), s.text, 'PHONE',"
            + " CASE WHEN s.type = 'COMPLAINT' THEN 'COMPLAINT' ELSE 'REQUEST' END, 'NORMAL', 'CLOSED', 'import',"
            + " s.at, 'IMPORT', s.ref, s.at, s.at, FALSE"
            + " FROM (SELECT nextval('ticket_number_seq') AS n, i.customer_id, i.text, i.type, i.ref,"
            + " CAST(i.interaction_date AS TIMESTAMP) AS at FROM interaction i"
            + " WHERE i.type IN ('TICKET', 'COMPLAINT') AND i.ref IN (%s)"
            + " AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.import_ref = i.ref)) s";

    private ImportedTickets() {}

    /** Adds the closed tickets of the given interactions not yet converted; answers how many. */
    public static int convert(Connection connection, Collection<String> interactionRefs) throws SQLException {
        if (interactionRefs.isEmpty()) {
            return 0;
        }
        String sql = String.format(INSERT, String.join(", ", Collections.nCopies(interactionRefs.size(), "?")));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 1;
            for (String ref : interactionRefs) {
                insert.setString(i++, ref);
            }
            return insert.executeUpdate();
        }
    }
}
