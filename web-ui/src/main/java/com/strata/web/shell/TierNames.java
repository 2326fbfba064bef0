package com.strata.web.shell;

import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tier names and badge colours as a reader sees them: the display name of the tier's service policy in the reader's
 * language, and its badge colour. The engine and the stored runs name tiers by key; a key without a policy is shown as
 * it is, in grey. The policies are read once per request, however many rows and menus ask.
 */
@Named
@RequestScoped
public class TierNames {

    private static final String NO_POLICY_COLOUR = "#6c757d";

    @Inject
    private TierServicePolicies policies;

    @Inject
    private LocaleSelection language;

    private List<TierServicePolicyView> current;

    private Map<String, String> names;

    private Map<String, String> colours;

    /** The policies in force, highest tier first. */
    public List<TierServicePolicyView> policies() {
        if (current == null) {
            current = policies.current();
        }
        return current;
    }

    public String of(String tier) {
        if (names == null) {
            names = policies().stream()
                    .collect(Collectors.toMap(TierServicePolicyView::tier, p -> p.displayName(language.getLocale())));
        }
        return names.getOrDefault(tier, tier);
    }

    public String colour(String tier) {
        if (colours == null) {
            colours = policies().stream()
                    .collect(Collectors.toMap(TierServicePolicyView::tier, TierServicePolicyView::badgeColour));
        }
        return colours.getOrDefault(tier, NO_POLICY_COLOUR);
    }
}
