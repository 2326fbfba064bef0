package com.strata.customer;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a customer search.
 *
 * @param matches how many customers match, exactly, up to {@link CustomerCriteria#MAX_MATCHES}
 * @param more true when more than {@code matches} customers match: the count stopped there, and so does paging
 * @param runId the APPLY run the scores come from; null (and no rows) before the first one
 * @param asOf that run's as-of date
 */
public record CustomerSearchPage(
        List<CustomerRow> rows, long matches, boolean more, int first, int size, Long runId, LocalDate asOf) {

    public CustomerSearchPage {
        rows = List.copyOf(rows);
    }

    static CustomerSearchPage beforeFirstRun(CustomerCriteria criteria) {
        return new CustomerSearchPage(List.of(), 0, false, criteria.first(), criteria.size(), null, null);
    }
}
