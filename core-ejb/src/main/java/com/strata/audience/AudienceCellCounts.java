package com.strata.audience;

import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.KeptCounts;
import com.strata.customer.PortfolioScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
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
        Optional<AudienceFilter> filter = CustomerListCells.filter(criteria, scope);
        if (filter.isEmpty()) {
            return OptionalLong.empty();
        }
        return AudienceCells.summary(db, filter.get(), scope, run)
                .map(summary -> OptionalLong.of(summary.count()))
                .orElseGet(OptionalLong::empty);
    }
}
