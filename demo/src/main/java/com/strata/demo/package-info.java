/**
 * The demo: a seeded data generator and, in demo mode, the demo users and base.
 *
 * <p>The generator writes a realistic, deterministic customer base (persons and companies, heavy-tailed spend,
 * seasonality, loyal, one-off, churned and new customers, tickets, complaints, campaign responses, referrals and
 * surveys) as the four import CSV files of the README's CSV import formats. Rows are produced customer by customer
 * from a seed derived per customer, so memory stays constant at any scale and the same settings always give
 * byte-identical files. It is plain Java, so {@code bench/generate-data} runs it from the command line.
 *
 * <p>The startup singletons ({@link com.strata.demo.DemoUsers}, {@link com.strata.demo.DemoDataSeeding}) are only in
 * the demo EAR, never in the production one, and act only when the server runs with {@code -Dstrata.demo=true}
 * ({@link com.strata.demo.DemoMode}).
 */
package com.strata.demo;
