package com.strata.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An audit entry as pages and the API show it. {@code before} and {@code after} hold the changed fields (field →
 * value as text), null where the entry keeps none: older entries, and entries whose detail says it all.
 */
public record AuditRecord(
        long id,
        LocalDateTime at,
        String actor,
        String action,
        String subject,
        String detail,
        Map<String, String> before,
        Map<String, String> after) {

    /** The changed fields side by side, in the order they were recorded; empty without before and after. */
    public List<FieldChange> changes() {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(new FieldChange(
                    field, before == null ? null : before.get(field), after == null ? null : after.get(field)));
        }
        return changes;
    }

    public boolean hasChanges() {
        return before != null || after != null;
    }
}
