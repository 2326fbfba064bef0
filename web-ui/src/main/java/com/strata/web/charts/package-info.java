/**
 * The pieces every chart's Chart.js configuration is built from ({@code p:chart} takes it as JSON): the chart with
 * its fixed options, datasets as lines or bars, linear axes with titles. The runs and customer pages compose them.
 */
package com.strata.web.charts;
