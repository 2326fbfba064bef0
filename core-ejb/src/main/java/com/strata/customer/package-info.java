/**
 * The customer base Strata classifies: customers with their external code, contacts at company customers, purchases
 * (the order lines the engine's RFM and CLV read) and interactions (tickets, complaints, campaign responses,
 * referrals, surveys). Entities and their value types live here; imports fill them, the engine reads them.
 */
package com.strata.customer;
