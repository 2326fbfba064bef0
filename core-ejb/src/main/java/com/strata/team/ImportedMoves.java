package com.strata.team;

import com.strata.audience.AudienceCells;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Customers an import moved from one account manager to another: each chunk only lists both managers as stale (a
 * recount per chunk would count the same managers a thousand times in a large file), and the import's end counts
 * their team figures and audience cells again, once.
 */
public final class ImportedMoves {

    private ImportedMoves() {}

    /** Counts the listed managers again, in the caller's transaction; answers them. */
    public static List<String> settle(Connection db) throws SQLException {
        List<String> managers = AudienceCells.staleManagers(db);
        ManagerFiguresTable.refresh(db, managers);
        AudienceCells.recount(db, managers);
        return managers;
    }
}
