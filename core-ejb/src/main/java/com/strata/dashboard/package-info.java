/**
 * Dashboards across runs: what an applied run amounts to for analysts (tier mix and revenue share, Pareto shares, the
 * R × F grid, predicted-CLV and churn-risk distributions, lifecycle funnel, value at risk), counted once per run from
 * its scores and kept with it, and the live tier mix kept exact by the writers of live tiers. The arithmetic is plain
 * Java ({@link com.strata.dashboard.FigureTally}); the page reads stored figures only, never the score rows.
 */
package com.strata.dashboard;
