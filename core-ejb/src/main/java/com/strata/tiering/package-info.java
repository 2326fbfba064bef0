/**
 * Turning value indices into tiers: the per-run cut-offs of the tier ladder, and the decision for one customer that
 * applies upgrades at once, holds downgrades until the customer has qualified lower in enough consecutive runs (one
 * tier per run, with a warning one run ahead), and lets an unexpired manual override win. Plain values in, plain
 * values out; persisting tiers, changes and overrides is done elsewhere.
 */
package com.strata.tiering;
