package com.strata.service;

import com.strata.audit.AuditTrail;
import com.strata.refusal.Problem;
import com.strata.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The tier service policies: everyone reads what each tier is entitled to; administrators change it. A change ends
 * the current row and adds a new one in force from now, under a lock so two changes of a tier cannot both replace
 * the same row, and is audited with the old and the new values.
 */
@Stateless
@PermitAll
public class TierServicePolicies {

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    /** The policies in force, highest tier first. */
    public List<TierServicePolicyView> current() {
        return em.createQuery(
                        "select p from TierServicePolicy p where p.effectiveTo is null order by p.ladderPosition",
                        TierServicePolicy.class)
                .getResultStream()
                .map(TierServicePolicy::toView)
                .toList();
    }

    /** Every version of the tier's policy, the one in force first. */
    public List<TierServicePolicyView> history(String tier) {
        List<TierServicePolicyView> versions = em.createQuery(
                        "select p from TierServicePolicy p where p.tier = :tier order by p.effectiveFrom desc, p.id desc",
                        TierServicePolicy.class)
                .setParameter("tier", tier)
                .getResultStream()
                .map(TierServicePolicy::toView)
                .toList();
        if (versions.isEmpty()) {
            throw new UnknownTierException(tier);
        }
        return versions;
    }

    /** Puts the change in force from now; the previous values stay on record until now. */
    @RolesAllowed(Roles.ADMIN)
    public TierServicePolicyView change(String tier, TierServicePolicyChange change) {
        List<Problem> problems = TierPolicyRules.problems(change);
        if (!problems.isEmpty()) {
            throw new InvalidTierPolicyException(tier, problems);
        }
        TierServicePolicy current = em.createQuery(
                        "select p from TierServicePolicy p where p.tier = :tier and p.effectiveTo is null",
                        TierServicePolicy.class)
                .setParameter("tier", tier)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownTierException(tier));
        LocalDateTime now = LocalDateTime.now();
        current.endAt(now);
        TierServicePolicy next = new TierServicePolicy(
                current, change, now, session.getCallerPrincipal().getName());
        em.persist(next);
        TierServicePolicyView before = current.toView();
        TierServicePolicyView after = next.toView();
        audit.record(
                "TIER_POLICY_CHANGED",
                "tier " + tier,
                TierPolicyDifference.describe(before, after),
                TierPolicyDifference.fields(before),
                TierPolicyDifference.fields(after));
        return after;
    }
}
