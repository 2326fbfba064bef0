package com.strata.scoring;

import java.time.LocalDate;

/**
 * A customer's purchases from the first up to the as-of date, as one SQL aggregate row gives them. A purchase day is
 * a day with at least one line of amount zero or more (a free item counts); returns (negative amounts) are not
 * purchases but reduce amounts.
 *
 * @param firstPurchaseDay null when the customer has never bought
 * @param lastPurchaseDay null when the customer has never bought
 * @param purchaseDays distinct purchase days; the BG/NBD x is this minus one
 * @param repeatAmount net amount of all lines dated after the first purchase day (Gamma-Gamma spend)
 * @param margin net margin of all lines to date: the historical CLV
 */
public record PurchaseHistory(
        LocalDate firstPurchaseDay, LocalDate lastPurchaseDay, int purchaseDays, double repeatAmount, double margin) {

    public static PurchaseHistory none() {
        return new PurchaseHistory(null, null, 0, 0, 0);
    }

    public boolean hasPurchased() {
        return purchaseDays > 0;
    }
}
