package com.strata.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.strata.runs.MigratedDatabases;
import com.strata.runs.MigratedDatabases.MigratedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V8 on H2 and on the local PostgreSQL alike: the shipped entitlements of the five tiers, in force and in ladder
 * order, and a row the rules forbid cannot be written behind the service's back.
 */
class TierPolicyMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theShippedEntitlementsAreInForceInLadderOrder(String database) throws SQLException {
        MigratedDatabase migrated =
                database.equals("h2") ? new MigratedDatabases.H2() : new MigratedDatabases.PostgreSqlSchema();
        try (Connection db = migrated.create();
                Statement sql = db.createStatement()) {
            assertEquals(
                    List.of(
                            "Diamond 钻石 yes 1 8 30 15.00 PHONE,EMAIL,CHAT,WEB,IN_PERSON ACCOUNT_MANAGER",
                            "Platinum 白金 yes 2 16 60 10.00 PHONE,EMAIL,CHAT,WEB,IN_PERSON ACCOUNT_MANAGER",
                            "Gold 黄金 no 4 24 90 5.00 PHONE,EMAIL,CHAT,WEB ACCOUNT_MANAGER",
                            "Silver 白银 no 8 48 null 2.00 EMAIL,CHAT,WEB SERVICE_AGENT",
                            "Bronze 青铜 no 24 72 null 0.00 EMAIL,WEB SERVICE_AGENT"),
                    MigratedDatabases.rows(
                            db,
                            "SELECT tier, display_name_zh, CASE WHEN dedicated_manager THEN 'yes' ELSE 'no' END, first_response_hours, resolution_hours,"
                                    + " follow_up_days, discount_percent, service_channels, owning_role"
                                    + " FROM tier_service_policy WHERE effective_to IS NULL ORDER BY ladder_position"));

            assertThrows(
                    SQLException.class,
                    () -> sql.execute("INSERT INTO tier_service_policy (tier, ladder_position, display_name_en,"
                            + " display_name_zh, badge_colour, dedicated_manager, first_response_hours,"
                            + " resolution_hours, discount_percent, service_channels, owning_role, effective_from,"
                            + " changed_by) VALUES ('Gold', 3, 'Gold', '黄金', '#B8860B', FALSE, 8, 4, 5, 'WEB',"
                            + " 'ACCOUNT_MANAGER', CURRENT_TIMESTAMP, 'admin')"),
                    "resolution sooner than first response");
        } finally {
            migrated.drop();
        }
    }
}
