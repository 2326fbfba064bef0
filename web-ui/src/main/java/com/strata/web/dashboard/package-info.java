/**
 * The dashboard page ({@code analytics/dashboard.xhtml}): the latest applied run's stored figures as Chart.js charts,
 * each with its table, every figure linking to the matching customers (the customers page, or the audience builder
 * for filters the customers page does not have).
 */
package com.strata.web.dashboard;
