package com.strata.scoring;

/**
 * Relationship signals from interactions, counted over the RFM window except open complaints (as of the as-of date).
 *
 * @param csat average CSAT 1-5, NaN when the customer gave none
 * @param nps average NPS answer 0-10, NaN when the customer gave none
 * @param engagements campaign responses, survey answers and similar contacts the customer initiated or answered
 */
public record RelationshipSignals(
        int referrals, double csat, double nps, int complaints, int openComplaints, int engagements) {

    public static RelationshipSignals none() {
        return new RelationshipSignals(0, Double.NaN, Double.NaN, 0, 0, 0);
    }
}
