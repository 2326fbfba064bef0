package com.strata.runs;

import com.strata.scoring.CustomerSummary;
import java.util.List;

/** The run's input in customer id order: {@code customerIds[i]} is the customer of {@code summaries.get(i)}. */
record RunBase(long[] customerIds, List<CustomerSummary> summaries) {}
