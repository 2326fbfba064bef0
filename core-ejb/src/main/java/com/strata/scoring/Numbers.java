package com.strata.scoring;

/**
 * Number formats for explanations: fixed decimals, amounts with thousands separators, percentages. Written by hand
 * rather than with String.format, which would dominate the cost of rendering explanations for a large page or
 * export.
 */
final class Numbers {

    private static final long[] POWERS = {1, 10, 100, 1000, 10_000};

    private Numbers() {}

    static String fixed(double value, int decimals) {
        return format(value, decimals, false);
    }

    static String amount(double value) {
        return format(value, 2, true);
    }

    /** Whole amounts with thousands separators. */
    static String whole(double value) {
        return format(value, 0, true);
    }

    static String percent(double fraction) {
        return format(fraction * 100, 0, false) + "%";
    }

    /** Whole numbers without decimals, others with two. */
    static String count(double value) {
        return value == Math.rint(value) ? format(value, 0, false) : fixed(value, 2);
    }

    private static String format(double value, int decimals, boolean grouped) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "n/a" : value > 0 ? "∞" : "-∞";
        }
        long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
        long whole = scaled / POWERS[decimals];
        long fraction = scaled % POWERS[decimals];
        StringBuilder text = new StringBuilder(24);
        if (value < 0 && scaled != 0) {
            text.append('-');
        }
        String digits = Long.toString(whole);
        for (int i = 0; i < digits.length(); i++) {
            if (grouped && i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        if (decimals > 0) {
            String tail = Long.toString(fraction);
            text.append('.');
            for (int pad = tail.length(); pad < decimals; pad++) {
                text.append('0');
            }
            text.append(tail);
        }
        return text.toString();
    }
}
