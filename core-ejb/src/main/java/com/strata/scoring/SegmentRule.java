package com.strata.scoring;

/**
 * One row of a segment map: the segment and the score cells it covers. For the RF grid a cell is (R, F) with
 * scores 1-5 and M ignored; for the high/low model each of R, F, M is 1 (low) or 2 (high).
 */
public record SegmentRule(Segment segment, int minR, int maxR, int minF, int maxF, int minM, int maxM) {

    boolean covers(int r, int f, int m) {
        return r >= minR && r <= maxR && f >= minF && f <= maxF && m >= minM && m <= maxM;
    }

    /** The rule as a manager reads it, e.g. "R 4-5, F 2-3" or "R high, F low, M high". */
    String describe(boolean highLow, boolean chinese) {
        if (highLow) {
            return "R " + level(minR, chinese) + (chinese ? "，" : ", ") + "F " + level(minF, chinese)
                    + (chinese ? "，" : ", ") + "M " + level(minM, chinese);
        }
        return "R " + range(minR, maxR) + (chinese ? "，" : ", ") + "F " + range(minF, maxF);
    }

    private static String level(int value, boolean chinese) {
        if (chinese) {
            return value == 2 ? "高" : "低";
        }
        return value == 2 ? "high" : "low";
    }

    private static String range(int min, int max) {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
