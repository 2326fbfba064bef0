package com.strata.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Migrations whose comments were reworded after they shipped, with their SQL unchanged: V1–V4 (and V3's policy note,
 * fixed in stored data by V6) pointed at design notes that are not part of the repository.
 *
 * <p>Flyway refuses to start on a database whose applied migrations no longer match their files' checksums. This
 * realigns exactly the reworded ones: a history row is updated only while it still holds the checksum of the old
 * wording, so any other difference is still reported by Flyway's validation.
 */
final class RewordedMigrations {

    /** One migration's checksum before and after its comments were reworded. */
    record Rewording(String version, int before, int after) {}

    static final List<Rewording> REWORDINGS = List.of(
            new Rewording("1", 1588843326, 86667529),
            new Rewording("2", -1079091669, -1240555557),
            new Rewording("3", -728971089, 1095287797),
            new Rewording("4", 1934540620, 1693937627));

    private static final String HISTORY = "flyway_schema_history";

    private RewordedMigrations() {}

    /** Realigns the reworded migrations' checksums in the schema the connection works in; answers the rows changed. */
    static int realign(Connection db) throws SQLException {
        if (!historyExists(db)) {
            return 0;
        }
        int changed = 0;
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE \"" + HISTORY + "\" SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?")) {
            for (Rewording rewording : REWORDINGS) {
                update.setInt(1, rewording.after());
                update.setString(2, rewording.version());
                update.setInt(3, rewording.before());
                changed += update.executeUpdate();
            }
        }
        return changed;
    }

    private static boolean historyExists(Connection db) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, db.getSchema(), HISTORY, null)) {
            return tables.next();
        }
    }
}
