package com.strata.policy.versions;

import com.strata.runs.RunCatalog;
import com.strata.runs.RunMode;
import com.strata.runs.RunStatus;
import com.strata.runs.RunView;
import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The cost of a policy change as its preview run shows it ({@link ChangeCost}): one grouped pass over the run's scores
 * against the live tiers, so it reads each score row once whatever the size of the base, and the arithmetic in Java on
 * the few groups that come back.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class PolicyChangeCosts {

    private static final String GROUPS = """
            SELECT t.tier, s.assigned_tier, c.account_manager, COUNT(*), SUM(COALESCE(s.window_amount, 0))
              FROM customer_score s
              JOIN customer c ON c.id = s.customer_id
              LEFT JOIN customer_tier t ON t.customer_id = s.customer_id
             WHERE s.run_id = ?1
             GROUP BY t.tier, s.assigned_tier, c.account_manager""";

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @EJB
    private RunCatalog runs;

    @EJB
    private TierServicePolicies entitlements;

    /** The cost of the change a completed PREVIEW run shows. */
    public ChangeCost of(long previewRunId) {
        RunView run = runs.detail(previewRunId).run();
        if (run.mode() != RunMode.PREVIEW || run.status() != RunStatus.COMPLETED) {
            throw new PreviewNotReadyException(previewRunId, run.mode(), run.status());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(GROUPS).setParameter(1, previewRunId).getResultList();
        List<ChangeCost.Group> groups = rows.stream()
                .map(row -> new ChangeCost.Group(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        ((Number) row[3]).longValue(),
                        ((Number) row[4]).doubleValue()))
                .toList();
        return ChangeCost.of(groups, entitlements.current());
    }
}
