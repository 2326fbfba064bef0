/**
 * Classification policies as they are kept: numbered, immutable versions of one JSON document (the engine's
 * {@link com.strata.policy.ClassificationPolicy} plus the reclassification schedule), of which exactly one is active.
 * Drafts are validated in full before they are stored; activation is for administrators and is audited.
 */
package com.strata.policy.versions;
