/**
 * The customer base Strata classifies: customers with their external code, contacts at company customers, purchases
 * (the order lines the engine's RFM and CLV read) and interactions (tickets, complaints, campaign responses,
 * referrals, surveys). The entities are the JPA model of these tables, for pages that read and write single
 * customers; bulk work bypasses them: imports write the tables with JDBC batches ({@code com.strata.imports}) and a
 * run reads them in one set-based statement ({@code com.strata.runs}). Each entity's column lengths are declared once
 * here, and the importer enforces the same ones.
 */
package com.strata.customer;
