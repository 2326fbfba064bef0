/**
 * How a service says no, whatever the domain: a {@link com.strata.refusal.Refusal} carries what kind of refusal it is
 * (the request is invalid, the thing asked for does not exist, the current state does not allow it, ...), a stable
 * code and the sentence the user reads, so that pages and the REST API answer every refusal the same way. Nothing
 * here knows about HTTP beyond the status a kind of refusal means.
 */
package com.strata.refusal;
