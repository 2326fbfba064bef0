package com.strata.service;

import com.strata.security.Roles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a tier service policy may hold. Each problem names the field and the value it got, so a page and the API can
 * say exactly what to correct; all problems are listed at once.
 */
public final class TierPolicyRules {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TierPolicyRules() {}

    /** Every problem of the change, each as {@code field: what is wrong}; empty when it may be stored. */
    public static List<String> problems(TierServicePolicyChange change) {
        List<String> problems = new ArrayList<>();
        name(problems, "displayNameEn", change.displayNameEn());
        name(problems, "displayNameZh", change.displayNameZh());
        if (change.badgeColour() == null
                || !COLOUR.matcher(change.badgeColour()).matches()) {
            problems.add("badgeColour: must be a colour as #RRGGBB, got " + quoted(change.badgeColour()));
        }
        if (change.dedicatedManager() == null) {
            problems.add("dedicatedManager: say yes or no");
        }
        Integer firstResponse = change.firstResponseHours();
        Integer resolution = change.resolutionHours();
        if (firstResponse == null || firstResponse <= 0) {
            problems.add("firstResponseHours: must be more than 0 business hours, got " + firstResponse);
        }
        if (resolution == null || resolution <= 0) {
            problems.add("resolutionHours: must be more than 0 business hours, got " + resolution);
        } else if (firstResponse != null && firstResponse > 0 && resolution < firstResponse) {
            problems.add("resolutionHours: must be at least the first-response SLA (" + firstResponse + " h), got "
                    + resolution);
        }
        if (change.followUpDays() != null && change.followUpDays() < 1) {
            problems.add("followUpDays: must be at least 1 day, or empty for no follow-up cadence, got "
                    + change.followUpDays());
        }
        BigDecimal discount = change.discountPercent();
        if (discount == null || discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
            problems.add("discountPercent: must be between 0 and 100, got " + plain(discount));
        } else if (discount.stripTrailingZeros().scale() > TierServicePolicy.DISCOUNT_SCALE) {
            problems.add("discountPercent: at most " + TierServicePolicy.DISCOUNT_SCALE + " decimals, got "
                    + plain(discount));
        }
        if (change.serviceChannels() == null || change.serviceChannels().isEmpty()) {
            problems.add("serviceChannels: choose at least one channel");
        }
        if (change.owningRole() == null || !Roles.ALL.contains(change.owningRole())) {
            problems.add("owningRole: must be one of " + String.join(", ", Roles.ALL) + ", got "
                    + quoted(change.owningRole()));
        }
        return problems;
    }

    private static void name(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": must not be blank");
        } else if (value.strip().length() > TierServicePolicy.NAME_LENGTH) {
            problems.add(field + ": at most " + TierServicePolicy.NAME_LENGTH + " characters, got "
                    + value.strip().length());
        }
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "nothing" : value.toPlainString();
    }
}
