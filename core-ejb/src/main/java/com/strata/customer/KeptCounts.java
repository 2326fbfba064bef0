package com.strata.customer;

import com.strata.customer.CustomerSearchSql.ScoredRun;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Counts of the customer list kept ahead of it, grouped by the attributes its filters read (the audience cells): a
 * portfolio's count then adds up a few rows instead of walking the scope's scores. Implemented where those counts are
 * kept, so that the list does not depend on their package.
 */
public interface KeptCounts {

    /** How many customers in scope match the criteria on the run; empty when the kept counts cannot tell exactly. */
    OptionalLong count(Connection db, CustomerCriteria criteria, PortfolioScope scope, ScoredRun run)
            throws SQLException;
}
