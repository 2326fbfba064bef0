package com.strata.customer;

import com.strata.customer.CustomerSearchSql.ScoredRun;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where on the run's value index the customers matching the list's criteria lie, kept ahead of the list: a page sorted
 * by value then walks that range of the index instead of every customer above it. Implemented where the ranges are
 * kept, so that the list does not depend on their package.
 */
public interface ValueRanges {

    /**
     * The range of the customers in scope matching the criteria ({@link ValueRange#NONE} when none does); empty when
     * none is kept for such criteria. Read in a statement of its own: an override committing between it and the page
     * leaves its customer out of that one page, as a page read a moment earlier would.
     */
    Optional<ValueRange> of(Connection db, CustomerCriteria criteria, PortfolioScope scope, ScoredRun run)
            throws SQLException;
}
