package com.strata.audience;

import com.strata.customer.Customer;
import com.strata.customer.CustomerKind;
import com.strata.customer.Ownership;
import com.strata.customer.SizeBand;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which customers an audience holds: every member null means "any". The parameter names are those of the audience
 * page's URL and of the REST API ({@link #NAMES}); a saved audience keeps its filter as that query string.
 *
 * @param valueMin value index from (0–100)
 * @param churnMin churn risk from (0–1)
 * @param aliveMin P(alive) from (0–1)
 * @param recencyMin days since the last purchase, from
 * @param monetaryMin the score's monetary value (window sum or mean per purchase, as the policy says), from
 */
public record AudienceFilter(
        String tier,
        Segment segment,
        LifecycleStage stage,
        Boolean churnWarning,
        Boolean downgradeWarning,
        String manager,
        String region,
        String industry,
        SizeBand sizeBand,
        Ownership ownership,
        CustomerKind kind,
        Integer r,
        Integer f,
        BigDecimal valueMin,
        BigDecimal valueMax,
        BigDecimal clvMin,
        BigDecimal clvMax,
        BigDecimal churnMin,
        BigDecimal churnMax,
        BigDecimal aliveMin,
        BigDecimal aliveMax,
        Integer recencyMin,
        Integer recencyMax,
        BigDecimal monetaryMin,
        BigDecimal monetaryMax,
        LocalDate firstSeenFrom,
        LocalDate firstSeenTo,
        LocalDate lastPurchaseFrom,
        LocalDate lastPurchaseTo) {

    /** The parameter names, in the order of the record. */
    public static final List<String> NAMES = List.of(
            "tier",
            "segment",
            "stage",
            "churnWarning",
            "downgradeWarning",
            "manager",
            "region",
            "industry",
            "sizeBand",
            "ownership",
            "kind",
            "r",
            "f",
            "valueMin",
            "valueMax",
            "clvMin",
            "clvMax",
            "churnMin",
            "churnMax",
            "aliveMin",
            "aliveMax",
            "recencyMin",
            "recencyMax",
            "monetaryMin",
            "monetaryMax",
            "firstSeenFrom",
            "firstSeenTo",
            "lastPurchaseFrom",
            "lastPurchaseTo");

    /** The longest query string a saved audience keeps (the column's length). */
    public static final int MAX_QUERY_LENGTH = 4000;

    /** Every customer in scope. */
    public static AudienceFilter everyone() {
        return parse(Map.of(), null);
    }

    /**
     * The filter of a request's parameters (blank: any), or a refusal naming each wrong one with its value.
     *
     * @param tiers the tiers of the ladder, the only values {@code tier} may take; null: not checked
     */
    public static AudienceFilter parse(Map<String, String> raw, Collection<String> tiers) {
        Parser p = new Parser(raw);
        Set<String> unknown = raw.keySet().stream()
                .filter(name -> !NAMES.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        for (String name : unknown) {
            p.problems.add(name + ": not a filter of an audience; use " + String.join(", ", NAMES));
        }
        String tier = p.text("tier", 32);
        if (tier != null && tiers != null && !tiers.contains(tier)) {
            p.problems.add("tier: must be one of " + String.join(", ", tiers) + ", found \"" + tier + "\"");
        }
        AudienceFilter filter = new AudienceFilter(
                tier,
                p.choice("segment", Segment.class),
                p.choice("stage", LifecycleStage.class),
                p.flag("churnWarning"),
                p.flag("downgradeWarning"),
                p.text("manager", Customer.ACCOUNT_MANAGER_LENGTH),
                p.text("region", Customer.REGION_LENGTH),
                p.text("industry", Customer.INDUSTRY_LENGTH),
                p.choice("sizeBand", SizeBand.class),
                p.choice("ownership", Ownership.class),
                p.choice("kind", CustomerKind.class),
                p.whole("r", 1, 5),
                p.whole("f", 1, 5),
                p.number("valueMin", "0", "100"),
                p.number("valueMax", "0", "100"),
                p.number("clvMin", null, null),
                p.number("clvMax", null, null),
                p.number("churnMin", "0", "1"),
                p.number("churnMax", "0", "1"),
                p.number("aliveMin", "0", "1"),
                p.number("aliveMax", "0", "1"),
                p.whole("recencyMin", 0, Integer.MAX_VALUE),
                p.whole("recencyMax", 0, Integer.MAX_VALUE),
                p.number("monetaryMin", null, null),
                p.number("monetaryMax", null, null),
                p.date("firstSeenFrom"),
                p.date("firstSeenTo"),
                p.date("lastPurchaseFrom"),
                p.date("lastPurchaseTo"));
        p.ordered("valueMin", filter.valueMin, "valueMax", filter.valueMax);
        p.ordered("clvMin", filter.clvMin, "clvMax", filter.clvMax);
        p.ordered("churnMin", filter.churnMin, "churnMax", filter.churnMax);
        p.ordered("aliveMin", filter.aliveMin, "aliveMax", filter.aliveMax);
        p.ordered("recencyMin", filter.recencyMin, "recencyMax", filter.recencyMax);
        p.ordered("monetaryMin", filter.monetaryMin, "monetaryMax", filter.monetaryMax);
        p.ordered("firstSeenFrom", filter.firstSeenFrom, "firstSeenTo", filter.firstSeenTo);
        p.ordered("lastPurchaseFrom", filter.lastPurchaseFrom, "lastPurchaseTo", filter.lastPurchaseTo);
        if (!p.problems.isEmpty()) {
            throw new InvalidAudienceException(p.problems);
        }
        return filter;
    }

    /** The filter of a saved query string ({@link #toQueryString()}). */
    public static AudienceFilter fromQueryString(String query, Collection<String> tiers) {
        Map<String, String> raw = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                raw.put(name, value);
            }
        }
        return parse(raw, tiers);
    }

    /** The set filters by parameter name, in {@link #NAMES} order; values as the URL writes them. */
    public Map<String, String> toParameters() {
        Object[] values = {
            tier,
            segment,
            stage,
            churnWarning,
            downgradeWarning,
            manager,
            region,
            industry,
            sizeBand,
            ownership,
            kind,
            r,
            f,
            valueMin,
            valueMax,
            clvMin,
            clvMax,
            churnMin,
            churnMax,
            aliveMin,
            aliveMax,
            recencyMin,
            recencyMax,
            monetaryMin,
            monetaryMax,
            firstSeenFrom,
            firstSeenTo,
            lastPurchaseFrom,
            lastPurchaseTo
        };
        Map<String, String> set = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                Object value = values[i];
                set.put(NAMES.get(i), value instanceof BigDecimal number ? number.toPlainString() : value.toString());
            }
        }
        return set;
    }

    /** The set filters as a URL query string without the leading {@code ?}; empty for everyone. */
    public String toQueryString() {
        return toParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Reads the raw values, collecting one problem per wrong value. */
    private static final class Parser {
        private final Map<String, String> raw;
        private final List<String> problems = new ArrayList<>();

        Parser(Map<String, String> raw) {
            this.raw = raw;
        }

        private String value(String name) {
            String value = raw.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String text(String name, int max) {
            String value = value(name);
            if (value != null && value.length() > max) {
                problems.add(name + ": at most " + max + " characters, found " + value.length());
                return null;
            }
            return value;
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                problems.add(name + ": must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + ", found \"" + value + "\"");
                return null;
            }
        }

        Boolean flag(String name) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            if (value.equals("true") || value.equals("false")) {
                return Boolean.valueOf(value);
            }
            problems.add(name + ": must be true or false, found \"" + value + "\"");
            return null;
        }

        Integer whole(String name, int min, int max) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // named below with the range
            }
            problems.add(name + ": must be a whole number from " + min
                    + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", found \"" + value + "\"");
            return null;
        }

        BigDecimal number(String name, String min, String max) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal number = new BigDecimal(value);
                if ((min == null || number.compareTo(new BigDecimal(min)) >= 0)
                        && (max == null || number.compareTo(new BigDecimal(max)) <= 0)) {
                    return number;
                }
                problems.add(name + ": must be from " + min + " to " + max + ", found \"" + value + "\"");
            } catch (NumberFormatException e) {
                problems.add(name + ": must be a number with a decimal point, found \"" + value + "\"");
            }
            return null;
        }

        LocalDate date(String name) {
            String value = value(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(name + ": must be a date as yyyy-MM-dd, found \"" + value + "\"");
                return null;
            }
        }

        <T extends Comparable<? super T>> void ordered(String lowName, T low, String highName, T high) {
            if (low != null && high != null && low.compareTo(high) > 0) {
                problems.add(highName + ": must not be below " + lowName + " (" + low + "), found " + high);
            }
        }
    }
}
