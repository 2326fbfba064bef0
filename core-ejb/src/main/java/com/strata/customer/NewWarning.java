package com.strata.customer;

/**
 * A warning the latest applied run raised: set in that run's score but not in the applied run before it (or the
 * customer had no score then). The list filter {@code newWarning=churn|downgrade} and the home page's figures.
 */
public enum NewWarning {
    CHURN("churn_warning"),
    DOWNGRADE("downgrade_warning");

    private final String column;

    NewWarning(String column) {
        this.column = column;
    }

    /** The score column holding the warning (constant SQL, never user input). */
    String column() {
        return column;
    }
}
