package com.strata.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

    private static Map<String, Object> user(String name, List<String> roles, String supervisor) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("displayName", name);
        fields.put("roles", roles);
        fields.put("supervisor", supervisor);
        return fields;
    }

    @Test
    void onlyTheChangedFieldsAreKeptBeforeAndAfter() {
        AuditChanges changes = AuditChanges.of(
                user("Wang Fang", List.of("ACCOUNT_MANAGER"), "supervisor"),
                user("Wang Fang", List.of("SUPERVISOR", "ACCOUNT_MANAGER"), "supervisor"));
        assertEquals(Map.of("roles", "ACCOUNT_MANAGER"), changes.before());
        assertEquals(Map.of("roles", "SUPERVISOR, ACCOUNT_MANAGER"), changes.after());
        assertEquals("roles: ACCOUNT_MANAGER → SUPERVISOR, ACCOUNT_MANAGER", changes.summary());
    }

    @Test
    void aCreationKeepsEveryFieldAfterAndNothingBefore() {
        AuditChanges changes = AuditChanges.of(null, user("Li", List.of("ANALYST"), null));
        assertNull(changes.before());
        assertNull(changes.beforeJson());
        assertEquals("{\"displayName\":\"Li\",\"roles\":\"ANALYST\",\"supervisor\":null}", changes.afterJson());
        assertEquals("displayName: Li; roles: ANALYST; supervisor: —", changes.summary());
    }

    @Test
    void theStoredJsonReadsBackInItsOrderWithNulls() {
        AuditChanges changes =
                AuditChanges.of(user("Li", List.of("ANALYST"), "sam"), user("Li Wei <b>", List.of("ANALYST"), null));
        Map<String, String> before = AuditChanges.parse(changes.beforeJson());
        Map<String, String> after = AuditChanges.parse(changes.afterJson());
        assertEquals(List.of("displayName", "supervisor"), List.copyOf(before.keySet()));
        assertEquals("Li Wei <b>", after.get("displayName"));
        assertNull(after.get("supervisor"));
        assertEquals(
                List.of(new FieldChange("displayName", "Li", "Li Wei <b>"), new FieldChange("supervisor", "sam", null)),
                new AuditRecord(1, null, "admin", "USER_CHANGED", "user li", "", before, after).changes());
    }

    @Test
    void nothingStoredReadsAsNull() {
        assertNull(AuditChanges.parse(null));
        assertEquals(List.of(), new AuditRecord(1, null, "a", "A", "s", "d", null, null).changes());
    }
}
