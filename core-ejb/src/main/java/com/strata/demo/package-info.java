/**
 * The seeded demo data generator: a realistic, deterministic customer base (persons and companies, heavy-tailed
 * spend, seasonality, loyal, one-off, churned and new customers, tickets, complaints, campaign responses, referrals
 * and surveys) written as the four import CSV files of the README's CSV import formats. Rows are produced customer by
 * customer from a seed derived per customer, so memory stays constant at any scale and the same settings always
 * give byte-identical files. Plain Java, so the embedded start can seed its database from it and {@code
 * bench/generate-data} can write benchmark files with it.
 */
package com.strata.demo;
