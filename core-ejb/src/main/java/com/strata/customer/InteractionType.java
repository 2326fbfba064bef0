package com.strata.customer;

/** What kind of contact with the customer an interaction records. */
public enum InteractionType {
    TICKET,
    COMPLAINT,
    CAMPAIGN_RESPONSE,
    REFERRAL,
    SURVEY
}
