package com.strata.scoring;

import com.strata.policy.Window;
import com.strata.tiering.TierHistory;
import com.strata.tiering.TierOverride;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine knows about one customer for one run: a compact summary a batch job fills from one
 * aggregate query per customer (no raw purchases needed), or {@link Builder#purchases} builds from purchase lines.
 *
 * @param customerSince when the customer relationship started (tenure); null means the first purchase day
 * @param tierHistory the previous run's tier state; null on the customer's first classification
 * @param override a manually pinned tier; null when there is none
 */
public record CustomerSummary(
        String code,
        LocalDate customerSince,
        PurchaseHistory history,
        WindowActivity window,
        SpendTrend trend,
        RelationshipSignals relationship,
        TierHistory tierHistory,
        TierOverride override) {

    public CustomerSummary {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(relationship, "relationship");
    }

    public static Builder builder(String code) {
        return new Builder(code);
    }

    /** Builds a summary step by step; everything not set means "none" (no purchases, no signals, no history). */
    public static final class Builder {
        private final String code;
        private LocalDate customerSince;
        private PurchaseHistory history = PurchaseHistory.none();
        private WindowActivity window = WindowActivity.none();
        private SpendTrend trend = SpendTrend.none();
        private RelationshipSignals relationship = RelationshipSignals.none();
        private TierHistory tierHistory;
        private TierOverride override;

        private Builder(String code) {
            this.code = code;
        }

        public Builder customerSince(LocalDate value) {
            customerSince = value;
            return this;
        }

        public Builder history(PurchaseHistory value) {
            history = value;
            return this;
        }

        public Builder window(WindowActivity value) {
            window = value;
            return this;
        }

        public Builder trend(SpendTrend value) {
            trend = value;
            return this;
        }

        /** History, window activity and trend aggregated from purchase lines, exactly as the engine defines them. */
        public Builder purchases(List<PurchaseLine> lines, LocalDate asOf, Window rfmWindow) {
            PurchaseAggregation aggregation = PurchaseAggregation.of(lines, asOf, rfmWindow);
            history = aggregation.history();
            window = aggregation.window();
            trend = aggregation.trend();
            return this;
        }

        public Builder relationship(RelationshipSignals value) {
            relationship = value;
            return this;
        }

        public Builder tierHistory(TierHistory value) {
            tierHistory = value;
            return this;
        }

        public Builder override(TierOverride value) {
            override = value;
            return this;
        }

        public CustomerSummary build() {
            return new CustomerSummary(
                    code, customerSince, history, window, trend, relationship, tierHistory, override);
        }
    }
}
