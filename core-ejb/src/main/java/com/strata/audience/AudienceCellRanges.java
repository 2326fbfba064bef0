package com.strata.audience;

import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerSearchSql.ScoredRun;
import com.strata.customer.PortfolioScope;
import com.strata.customer.ValueRange;
import com.strata.customer.ValueRanges;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The value range of the customer list's matches from the audience cells ({@link AudienceCells#valueRange}): a
 * manager's Gold customers sorted by value walked the index through every Diamond and Platinum customer of the base
 * first.
 */
@ApplicationScoped
public class AudienceCellRanges implements ValueRanges {

    @Override
    public Optional<ValueRange> of(Connection db, CustomerCriteria criteria, PortfolioScope scope, ScoredRun run)
            throws SQLException {
        Optional<AudienceFilter> filter = CustomerListCells.filter(criteria, scope);
        return filter.isEmpty() ? Optional.empty() : AudienceCells.valueRange(db, filter.get(), scope, run.id());
    }
}
