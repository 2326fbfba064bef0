package com.strata.service;

import static com.strata.refusal.ProblemCode.*;

import com.strata.refusal.Problem;
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

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TierPolicyRules() {}

    /** Every problem of the change, each naming its field and the value found; empty when it may be stored. */
    public static List<Problem> problems(TierServicePolicyChange change) {
        List<Problem> problems = new ArrayList<>();
        name(problems, "displayNameEn", change.displayNameEn());
        name(problems, "displayNameZh", change.displayNameZh());
        if (change.badgeColour() == null
                || !HEX_COLOUR.matcher(change.badgeColour()).matches()) {
            problems.add(Problem.of("badgeColour", COLOUR, quoted(change.badgeColour())));
        }
        if (change.dedicatedManager() == null) {
            problems.add(Problem.of("dedicatedManager", YES_OR_NO));
        }
        Integer firstResponse = change.firstResponseHours();
        Integer resolution = change.resolutionHours();
        if (firstResponse == null || firstResponse <= 0) {
            problems.add(Problem.of("firstResponseHours", POSITIVE_HOURS, firstResponse));
        }
        if (resolution == null || resolution <= 0) {
            problems.add(Problem.of("resolutionHours", POSITIVE_HOURS, resolution));
        } else if (firstResponse != null && firstResponse > 0 && resolution < firstResponse) {
            problems.add(Problem.of("resolutionHours", RESOLUTION_BEFORE_FIRST_RESPONSE, firstResponse, resolution));
        }
        if (change.followUpDays() != null && change.followUpDays() < 1) {
            problems.add(Problem.of("followUpDays", FOLLOW_UP_DAYS, change.followUpDays()));
        }
        BigDecimal discount = change.discountPercent();
        if (discount == null || discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
            problems.add(Problem.of("discountPercent", PERCENT, plain(discount)));
        } else if (discount.stripTrailingZeros().scale() > TierServicePolicy.DISCOUNT_SCALE) {
            problems.add(
                    Problem.of("discountPercent", AT_MOST_DECIMALS, TierServicePolicy.DISCOUNT_SCALE, plain(discount)));
        }
        if (change.serviceChannels() == null || change.serviceChannels().isEmpty()) {
            problems.add(Problem.of("serviceChannels", CHOOSE_CHANNEL));
        }
        if (change.owningRole() == null || !Roles.ALL.contains(change.owningRole())) {
            problems.add(
                    Problem.of("owningRole", ONE_OF_GOT, String.join(", ", Roles.ALL), quoted(change.owningRole())));
        }
        return problems;
    }

    private static void name(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, NOT_BLANK));
        } else if (value.strip().length() > TierServicePolicy.NAME_LENGTH) {
            problems.add(Problem.of(
                    field,
                    AT_MOST_CHARACTERS_GOT,
                    TierServicePolicy.NAME_LENGTH,
                    value.strip().length()));
        }
    }

    private static String quoted(String value) {
        return value == null ? null : "'" + value + "'";
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
