package com.strata.runs;

import com.strata.tiering.TierChange;
import com.strata.tiering.TierDecision;
import com.strata.tiering.TierHistory;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * An APPLY run's tier changes as {@code tier_change} rows: one for each customer whose tier the run moves, from the
 * live tier its snapshot saw (which may be a tier an older policy named) to the tier it assigns.
 */
final class TierChangeRows {

    static final String TABLE = "tier_change";
    static final String COLUMNS = "run_id, customer_id, from_tier, to_tier, reason, approved_by, changed_on";

    private TierChangeRows() {}

    /** Writes the customer's change if the run moves their tier; answers whether it does. */
    static boolean add(
            RowSink row, long runId, long customerId, TierHistory before, TierDecision decision, LocalDate asOf)
            throws SQLException {
        if (before != null && before.assignedTier().equals(decision.assigned())) {
            return false;
        }
        row.bigint(runId);
        row.bigint(customerId);
        row.text(before == null ? null : before.assignedTier());
        row.text(decision.assigned());
        row.text(decision.rule().name());
        row.text(decision.change().flatMap(TierChange::approvedBy).orElse(null));
        row.date(asOf);
        row.endRow();
        return true;
    }
}
