/**
 * The runs pages: the history of classification runs with their live progress, starting an APPLY or PREVIEW run,
 * restarting a failed one, and one run's summary (tier mix, migration heatmap, segments, stages) with its model
 * diagnostics. Pages bind to the records the run services answer; no entity reaches a view.
 */
package com.strata.web.runs;
