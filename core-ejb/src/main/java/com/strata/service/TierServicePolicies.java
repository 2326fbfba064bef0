package com.strata.service;

import com.strata.audit.AuditTrail;
import com.strata.refusal.ChangedMeanwhile;
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
import java.util.Optional;

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
        TierServicePolicy current = lockedInForce(tier);
        if (change.version() != null && change.version() != current.getVersion()) {
            throw changedMeanwhile(current.toView());
        }
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

    /**
     * The tier's row in force, locked. Its id is read first and the row then loaded with the lock, so a writer that
     * waited for the lock sees the row as the other one left it (ended: a newer row is in force).
     */
    private TierServicePolicy lockedInForce(String tier) {
        Long id = inForceId(tier).orElseThrow(() -> new UnknownTierException(tier));
        TierServicePolicy row = em.find(TierServicePolicy.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row.getEffectiveTo() != null) {
            TierServicePolicy now = em.find(
                    TierServicePolicy.class,
                    inForceId(tier).orElseThrow(() -> new UnknownTierException(tier)),
                    LockModeType.PESSIMISTIC_WRITE);
            throw changedMeanwhile(now.toView());
        }
        return row;
    }

    private Optional<Long> inForceId(String tier) {
        return em.createQuery(
                        "select p.id from TierServicePolicy p where p.tier = :tier and p.effectiveTo is null",
                        Long.class)
                .setParameter("tier", tier)
                .getResultStream()
                .findFirst();
    }

    private static ChangedMeanwhile changedMeanwhile(TierServicePolicyView now) {
        return new ChangedMeanwhile(
                "TIER_POLICY_CHANGED",
                "the service policy of tier " + now.tier(),
                now.version(),
                TierPolicyDifference.fields(now).entrySet().stream()
                        .map(field -> field.getKey() + ": " + field.getValue())
                        .toList());
    }
}
