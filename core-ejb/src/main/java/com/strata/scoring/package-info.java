/**
 * The classification engine (docs/architecture.md, README "The classification engine"): from per-customer purchase summaries and relationship signals, a
 * {@link com.strata.policy.ClassificationPolicy} and an as-of date, it computes each customer's RFM scores and
 * segment, CLV and P(alive), value index, lifecycle stage, churn risk, proposed and assigned tier and a bilingual
 * explanation, plus run-level model diagnostics. Entry point: {@link com.strata.scoring.ClassificationEngine}. Plain
 * Java without container types, deterministic for a given input, policy and as-of date.
 */
package com.strata.scoring;
