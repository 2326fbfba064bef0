package com.strata.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * A few tier overrides in the seeded base, so every part of the feature shows something: one in force, one request
 * waiting for the demo supervisor and one expired, all on customers of the first demo account manager. They go in
 * before the first APPLY run, which pins the one in force and returns the expired one's customer to the computed
 * tier, exactly as later runs do.
 */
@Stateless
public class DemoOverrides {

    private static final String INSERT = """
            INSERT INTO tier_override (customer_id, tier, reason_category, reason_text, starts_on, expires_on,
                ends_on, status, requested_by, requested_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 'PENDING', ?7, ?8)
            """;

    /** The decision, apart: a null bound into a native statement has no type PostgreSQL can infer. */
    private static final String DECIDE = """
            UPDATE tier_override SET status = 'APPROVED', decided_by = ?1, decided_at = ?2, decision_comment = ?3
            WHERE customer_id = ?4 AND status = 'PENDING'
            """;

    @PersistenceContext(unitName = "core-ejb.jar#strata")
    private EntityManager em;

    public void seed(LocalDate today) {
        String manager = DemoUsers.ACCOUNT_MANAGERS.get(0);
        List<?> customers = em.createNativeQuery("SELECT id FROM customer WHERE account_manager = ?1 ORDER BY code")
                .setParameter(1, manager)
                .setMaxResults(3)
                .getResultList();
        if (customers.size() < 3) {
            return;
        }
        String supervisor = DemoUsers.SUPERVISOR;
        insert(
                customers.get(0),
                "Platinum",
                "STRATEGIC",
                "Reference customer for the new product line",
                today.minusDays(30),
                today.plusDays(150),
                manager,
                supervisor,
                "Agreed for the launch period");
        insert(
                customers.get(1),
                "Gold",
                "RETENTION",
                "Competitor offer on the table; keep their benefits",
                today,
                today.plusDays(90),
                manager,
                null,
                null);
        insert(
                customers.get(2),
                "Diamond",
                "CONTRACT",
                "Framework contract promised Diamond service for a pilot",
                today.minusDays(200),
                today.minusDays(20),
                manager,
                supervisor,
                "Pilot only");
    }

    private void insert(
            Object customerId,
            String tier,
            String category,
            String text,
            LocalDate startsOn,
            LocalDate expiresOn,
            String requestedBy,
            String decidedBy,
            String comment) {
        long id = ((Number) customerId).longValue();
        em.createNativeQuery(INSERT)
                .setParameter(1, id)
                .setParameter(2, tier)
                .setParameter(3, category)
                .setParameter(4, text)
                .setParameter(5, startsOn)
                .setParameter(6, expiresOn)
                .setParameter(7, requestedBy)
                .setParameter(8, startsOn.minusDays(2).atTime(9, 30))
                .executeUpdate();
        if (decidedBy != null) {
            em.createNativeQuery(DECIDE)
                    .setParameter(1, decidedBy)
                    .setParameter(2, startsOn.minusDays(1).atTime(16, 0))
                    .setParameter(3, comment)
                    .setParameter(4, id)
                    .executeUpdate();
        }
    }
}
