/**
 * Audiences: a filter over customers and their latest applied scores (tier, segment, stage, warnings, RFM scores,
 * value, CLV, churn risk, P(alive), recency, monetary value, dates), counted and valued live, saved by name (private
 * or shared), and exported whole as CSV or XLSX in the background. Not a Segment, which is an RFM group. The filter
 * becomes SQL in {@link com.strata.audience.AudienceSql}, scoped to the caller's portfolio like every customer list.
 */
package com.strata.audience;
