/**
 * Tier overrides: an account manager asks to pin a customer of their portfolio to a tier for a while, the supervisor
 * of their team (or an administrator) approves or rejects it, and an approved override can be ended early. Approval
 * changes the live tier at once; runs keep the pinned tier while the override is in force (the run snapshot in
 * {@code runs} reads {@code tier_override}) and return the customer to the computed tier after it ends. The pure
 * rules (what a request may hold, which state an override is in on a day, which step is allowed when) are here
 * beside the service that stores, audits and checks who may act; the engine's own view of an override is {@code
 * tiering.TierOverride}.
 */
package com.strata.overrides;
