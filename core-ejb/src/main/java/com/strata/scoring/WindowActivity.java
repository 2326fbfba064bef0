package com.strata.scoring;

/**
 * A customer's activity inside the policy's RFM window ({@link com.strata.policy.Window#firstDay} to the as-of
 * date).
 *
 * @param purchases lines with an amount of zero or more (returns are not purchases)
 * @param purchaseDays distinct days with such a line
 * @param amount net amount, returns subtracted
 * @param margin net margin
 */
public record WindowActivity(int purchases, int purchaseDays, double amount, double margin) {

    public static WindowActivity none() {
        return new WindowActivity(0, 0, 0, 0);
    }
}
