package com.strata.scoring;

import com.strata.policy.ClassificationPolicy;
import com.strata.policy.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made customers for engine tests, built from purchase lines the way an import would give them. */
final class Buyers {

    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    static final Window WINDOW = Window.rollingMonths(12);

    private Buyers() {}

    /** Purchase lines of the same amount on each of the given days before the as-of date. */
    static List<PurchaseLine> lines(double amount, int... daysAgo) {
        List<PurchaseLine> lines = new ArrayList<>();
        for (int days : daysAgo) {
            lines.add(new PurchaseLine(AS_OF.minusDays(days), amount, 0.3 * amount));
        }
        return lines;
    }

    static CustomerSummary.Builder buyer(String code, double amount, int... daysAgo) {
        return CustomerSummary.builder(code).purchases(lines(amount, daysAgo), AS_OF, WINDOW);
    }

    static ClassificationResult classify(List<CustomerSummary> customers) {
        return classify(ClassificationPolicy.defaults(), customers);
    }

    static ClassificationResult classify(ClassificationPolicy policy, List<CustomerSummary> customers) {
        return new ClassificationEngine(policy).classify(customers, AS_OF);
    }

    static ClassificationResult classify(CustomerSummary.Builder... customers) {
        return classify(java.util.Arrays.stream(customers)
                .map(CustomerSummary.Builder::build)
                .toList());
    }
}
