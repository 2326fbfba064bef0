package com.strata.audience;

import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.KeptCounts;
import com.strata.customer.PortfolioScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The customer list's count from the audience cells, when its filters are all among the cells' attributes: a
 * manager's portfolio filtered on a tier counted 6,000 of 40,000 customers' scores one by one (70-110 ms at a million
 * customers, more during a run), the cells add up a few hundred rows. The list's customers are the latest applied
 * run's scores, as the cells' are; a count while a newer run is being published, or in a stale manager's scope, is
 * left to the scores.
 */
@ApplicationScoped
public class AudienceCellCounts implements KeptCounts {

    @Override
    public OptionalLong count(Connection db, CustomerCriteria criteria, PortfolioScope scope, ScoredRun run)
            throws SQLException {
        if (criteria.text() != null
                || criteria.newWarning() != null
                || criteria.region() != null
                || criteria.industry() != null
                || criteria.sizeBand() != null) {
            return OptionalLong.empty();
        }
        // As the filter's parameters: the filter's other members (ranges, customer attributes) stay "any".
        Map<String, String> shared = new HashMap<>();
        shared.put("tier", criteria.tier());
        shared.put(
                "segment",
                criteria.segment() == null ? null : criteria.segment().name());
        shared.put("stage", criteria.stage() == null ? null : criteria.stage().name());
        shared.put("churnWarning", Objects.toString(criteria.churnWarning(), null));
        shared.put("downgradeWarning", Objects.toString(criteria.downgradeWarning(), null));
        shared.put("manager", criteria.manager());
        AudienceFilter filter = AudienceFilter.parse(shared, null);
        if (!AudienceCells.serve(filter, scope)) {
            return OptionalLong.empty();
        }
        return AudienceCells.summary(db, filter, scope, run)
                .map(summary -> OptionalLong.of(summary.count()))
                .orElseGet(OptionalLong::empty);
    }
}
