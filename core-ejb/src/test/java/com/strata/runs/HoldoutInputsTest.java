package com.strata.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.clv.HoldoutHistories;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The database's split of history at the calibration end, on the real migrations: on H2 and on the local
 * PostgreSQL when one is running. The base is built so each figure has a case: a repeat on the first day, a day with
 * only a return, a free item, purchases on both sides of the calibration end and after the as-of date.
 */
abstract class HoldoutInputsTest extends RunDatabaseTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final LocalDate CALIBRATION_END = AS_OF.minusWeeks(26);

    HoldoutInputsTest(MigratedDatabases.MigratedDatabase database) {
        super(database);
    }

    @Test
    void eachCustomersHistoryIsSplitAtTheCalibrationEnd() throws SQLException {
        customer(
                1,
                "C1",
                line("2025-01-10", 100),
                line("2025-01-10", 50),
                line("2025-03-01", -30),
                line("2025-05-01", 80),
                line("2025-05-01", -20),
                line("2025-12-30", 10),
                line("2026-02-01", 0),
                line("2026-03-01", 40),
                line("2026-07-01", 999));
        customer(2, "C2", line("2026-03-03", 45));
        customer(3, "C3");
        customer(4, "C4", line("2025-02-01", 60));

        HoldoutHistories histories = load();

        // C1: repeats on 2025-05-01 and on the calibration end itself, net 80 - 20 + 10 and the lone return's -30;
        // in the holdout the free item and 2026-03-01. C2 first bought in the holdout; C4 never came back.
        assertEquals(CALIBRATION_END, LocalDate.parse("2025-12-30"));
        assertEquals(
                List.of(
                        customer("2025-01-10", 2, "2025-12-30", 40, 2, 40),
                        customer("2025-02-01", 0, "2025-02-01", 0, 0, 0),
                        customer("2026-03-03", 0, "2026-03-03", 0, 1, 45)),
                IntStream.range(0, histories.size())
                        .mapToObj(histories::customer)
                        .sorted(Comparator.comparing(HoldoutHistories.Customer::first))
                        .toList());
    }

    @Test
    void purchasersAreCountedPerPurchaseDayUpToTheAsOfDate() throws SQLException {
        customer(
                1,
                "C1",
                line("2025-01-10", 100),
                line("2025-01-10", 5),
                line("2025-03-01", -30),
                line("2026-02-01", 0),
                line("2026-07-01", 999));
        customer(2, "C2", line("2025-01-10", 45), line("2026-02-01", 12));

        HoldoutHistories histories = load();

        assertEquals(2, histories.purchasersOn(LocalDate.parse("2025-01-10")), "two customers, three lines");
        assertEquals(0, histories.purchasersOn(LocalDate.parse("2025-03-01")), "a day with only a return");
        assertEquals(2, histories.purchasersOn(LocalDate.parse("2026-02-01")), "a free item makes a purchase day");
        assertEquals(0, histories.purchasersOn(LocalDate.parse("2026-07-01")), "after the as-of date");
    }

    private static HoldoutHistories.Customer customer(
            String first, int repeats, String last, double repeatAmount, int holdoutDays, double holdoutAmount) {
        return new HoldoutHistories.Customer(
                LocalDate.parse(first), repeats, LocalDate.parse(last), repeatAmount, holdoutDays, holdoutAmount);
    }

    private HoldoutHistories load() throws SQLException {
        RunInputs.snapshot(db, 1, AS_OF, ClassificationPolicy.defaults());
        return HoldoutInputs.load(db, 1, AS_OF, 26);
    }

    private void customer(long id, String code, Line... purchases) throws SQLException {
        execute("INSERT INTO customer (id, code, name, kind, status, first_seen) VALUES (" + id + ", '" + code
                + "', 'Customer " + code + "', 'PERSON', 'ACTIVE', DATE '2022-01-01')");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO purchase (order_ref, customer_id,"
                + " purchase_date, amount, margin) VALUES (?, ?, ?, ?, 0)")) {
            int n = 0;
            for (Line line : purchases) {
                insert.setString(1, code + "-" + n++);
                insert.setLong(2, id);
                insert.setObject(3, line.day());
                insert.setDouble(4, line.amount());
                insert.executeUpdate();
            }
        }
    }

    private record Line(LocalDate day, double amount) {}

    private static Line line(String day, double amount) {
        return new Line(LocalDate.parse(day), amount);
    }
}
