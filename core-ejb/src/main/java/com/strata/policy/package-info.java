/**
 * The options of a classification policy as the engine reads them: the RFM window and measures, binning,
 * segment scheme, CLV horizon, the AHP judgements behind the value index, the tier ladder, hysteresis, and the
 * lifecycle and churn rules, each with its documented default. These are plain immutable values validated on
 * construction, so an inconsistent AHP matrix or an unordered tier ladder can never reach a run; storing and
 * versioning policies is done elsewhere.
 */
package com.strata.policy;
