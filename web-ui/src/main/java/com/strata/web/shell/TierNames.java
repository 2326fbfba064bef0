package com.strata.web.shell;

import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tier names as a reader sees them: the display name of the tier's service policy in the reader's language. The
 * engine and the stored runs name tiers by key; a key without a policy is shown as it is.
 */
@Named
@RequestScoped
public class TierNames {

    @Inject
    private TierServicePolicies policies;

    @Inject
    private LocaleSelection language;

    private Map<String, String> names;

    public String of(String tier) {
        if (names == null) {
            names = policies.current().stream()
                    .collect(Collectors.toMap(TierServicePolicyView::tier, p -> p.displayName(language.getLocale())));
        }
        return names.getOrDefault(tier, tier);
    }
}
