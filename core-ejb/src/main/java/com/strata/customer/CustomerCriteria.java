package com.strata.customer;

import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One customer search: a text, the filters (null: any), the order and the page. Built from the raw values of a request
 * by {@link #parse}, which names every wrong parameter with its value; a built criteria is always valid.
 *
 * @param text matched against the code (prefix), the name (anywhere, any case, Chinese too) and the contacts' phone
 *     numbers and email addresses (anywhere)
 */
public record CustomerCriteria(
        String text,
        String tier,
        Segment segment,
        LifecycleStage stage,
        Boolean churnWarning,
        Boolean downgradeWarning,
        String manager,
        String region,
        String industry,
        SizeBand sizeBand,
        CustomerSort sort,
        SortDirection direction,
        int first,
        int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;
    /**
     * How many matches a search counts and pages through. Counting or skipping further costs time in proportion on a
     * base of a million, and nobody reads past the first ten thousand matches: a search that finds more says so and
     * asks for a narrower one.
     */
    public static final int MAX_MATCHES = 10_000;

    public static final int MAX_TEXT_LENGTH = 200;

    /** Every member as a request gives it: text, null or blank for "any". */
    public record Raw(
            String q,
            String tier,
            String segment,
            String stage,
            String churnWarning,
            String downgradeWarning,
            String manager,
            String region,
            String industry,
            String sizeBand,
            String sort,
            String dir,
            String first,
            String size) {}

    /** Everything unfiltered, the highest value index first, the first page. */
    public static CustomerCriteria everything() {
        return new CustomerCriteria(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                CustomerSort.VALUE_INDEX,
                SortDirection.DESC,
                0,
                DEFAULT_SIZE);
    }

    /**
     * The criteria of a request, or a refusal listing each wrong value as {@code parameter: reason ("value")}.
     *
     * @param tiers the tiers of the ladder, the only values {@code tier} may take
     */
    public static CustomerCriteria parse(Raw raw, Collection<String> tiers) {
        List<String> problems = new ArrayList<>();
        String text = blankToNull(raw.q());
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            problems.add("q: at most " + MAX_TEXT_LENGTH + " characters, found " + text.length());
        }
        String tier = blankToNull(raw.tier());
        if (tier != null && !tiers.contains(tier)) {
            problems.add("tier: must be one of " + String.join(", ", tiers) + ", found \"" + tier + "\"");
        }
        Segment segment = choice("segment", raw.segment(), Segment.class, problems);
        LifecycleStage stage = choice("stage", raw.stage(), LifecycleStage.class, problems);
        Boolean churn = flag("churnWarning", raw.churnWarning(), problems);
        Boolean downgrade = flag("downgradeWarning", raw.downgradeWarning(), problems);
        String manager = limited("manager", raw.manager(), Customer.ACCOUNT_MANAGER_LENGTH, problems);
        String region = limited("region", raw.region(), Customer.REGION_LENGTH, problems);
        String industry = limited("industry", raw.industry(), Customer.INDUSTRY_LENGTH, problems);
        SizeBand sizeBand = choice("sizeBand", raw.sizeBand(), SizeBand.class, problems);
        CustomerSort sort = choice("sort", raw.sort(), CustomerSort.class, problems);
        SortDirection direction = choice("dir", raw.dir(), SortDirection.class, problems);
        Integer size = whole("size", raw.size(), 1, MAX_SIZE, problems);
        Integer first = whole("first", raw.first(), 0, MAX_MATCHES - 1, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCustomerSearchException(problems);
        }
        return new CustomerCriteria(
                text,
                tier,
                segment,
                stage,
                churn,
                downgrade,
                manager,
                region,
                industry,
                sizeBand,
                sort == null ? CustomerSort.VALUE_INDEX : sort,
                direction == null ? defaultDirection(sort) : direction,
                first == null ? 0 : first,
                size == null ? DEFAULT_SIZE : size);
    }

    /** Names read A to Z; every measure reads highest (newest) first. */
    private static SortDirection defaultDirection(CustomerSort sort) {
        return sort == CustomerSort.CODE || sort == CustomerSort.NAME ? SortDirection.ASC : SortDirection.DESC;
    }

    /** The same search on another page. */
    public CustomerCriteria page(int newFirst, int newSize) {
        return new CustomerCriteria(
                text,
                tier,
                segment,
                stage,
                churnWarning,
                downgradeWarning,
                manager,
                region,
                industry,
                sizeBand,
                sort,
                direction,
                newFirst,
                newSize);
    }

    /** The same search in another order. */
    public CustomerCriteria sorted(CustomerSort newSort, SortDirection newDirection) {
        return new CustomerCriteria(
                text,
                tier,
                segment,
                stage,
                churnWarning,
                downgradeWarning,
                manager,
                region,
                industry,
                sizeBand,
                newSort,
                newDirection,
                first,
                size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String limited(String parameter, String raw, int length, List<String> problems) {
        String value = blankToNull(raw);
        if (value != null && value.length() > length) {
            problems.add(parameter + ": at most " + length + " characters, found " + value.length());
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(String parameter, String raw, Class<E> type, List<String> problems) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            Function<E, String> name = Enum::name;
            problems.add(parameter + ": must be one of "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(name)
                                    .toList())
                    + ", found \"" + value + "\"");
            return null;
        }
    }

    private static Boolean flag(String parameter, String raw, List<String> problems) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problems.add(parameter + ": must be true or false, found \"" + value + "\"");
                yield null;
            }
        };
    }

    private static Integer whole(String parameter, String raw, int min, int max, List<String> problems) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problems.add(parameter + ": must be between " + min + " and " + max + ", found " + number
                        + (parameter.equals("first") ? " (narrow the search to reach further matches)" : ""));
                return null;
            }
            return number;
        } catch (NumberFormatException notANumber) {
            problems.add(parameter + ": must be a whole number, found \"" + value + "\"");
            return null;
        }
    }
}
