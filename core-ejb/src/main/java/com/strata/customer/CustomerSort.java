package com.strata.customer;

/**
 * What the customer list is ordered by. Each order ends with the customer's id so that pages never overlap or skip a
 * row, and each matches an index of migration V10 read forwards (descending) or backwards (ascending), so the first
 * page of a sorted list reads only that page's rows. A missing predicted CLV or last purchase counts as the lowest
 * value: last when descending, first when ascending.
 */
public enum CustomerSort {
    VALUE_INDEX("s.value_index DESC, s.customer_id DESC", "s.value_index ASC, s.customer_id ASC"),
    PREDICTED_CLV(
            "s.predicted_clv DESC NULLS LAST, s.customer_id DESC",
            "s.predicted_clv ASC NULLS FIRST, s.customer_id ASC"),
    CHURN_RISK("s.churn_risk DESC, s.customer_id DESC", "s.churn_risk ASC, s.customer_id ASC"),
    /** Newest purchase first when descending: the fewest days since it as of the run. */
    LAST_PURCHASE(
            "s.recency_days ASC NULLS LAST, s.customer_id DESC", "s.recency_days DESC NULLS FIRST, s.customer_id ASC"),
    CODE("c.code DESC", "c.code ASC"),
    NAME("c.name DESC, c.id DESC", "c.name ASC, c.id ASC");

    private final String descending;
    private final String ascending;

    CustomerSort(String descending, String ascending) {
        this.descending = descending;
        this.ascending = ascending;
    }

    /** The ORDER BY list for this sort in the given direction (constant SQL, never user input). */
    public String orderBy(SortDirection direction) {
        return direction == SortDirection.DESC ? descending : ascending;
    }
}
