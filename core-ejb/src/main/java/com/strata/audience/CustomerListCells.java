package com.strata.audience;

import com.strata.customer.CustomerCriteria;
import com.strata.customer.PortfolioScope;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The customer list's criteria as a filter of the audience cells, when the cells can answer for them. */
final class CustomerListCells {

    private CustomerListCells() {}

    /** Empty when a criterion is not among the cells' attributes or the scope is not one the cells are kept for. */
    static Optional<AudienceFilter> filter(CustomerCriteria criteria, PortfolioScope scope) {
        if (criteria.text() != null
                || criteria.newWarning() != null
                || criteria.region() != null
                || criteria.industry() != null
                || criteria.sizeBand() != null) {
            return Optional.empty();
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
        return AudienceCells.serve(filter, scope) ? Optional.of(filter) : Optional.empty();
    }
}
