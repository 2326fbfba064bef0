/**
 * The customer page (customer 360): a customer's profile and contacts, live tier with its entitlements, latest score
 * with its explanation, score and tier history, tier-change timeline, and purchases and interactions a page at a
 * time. Beans bind to the records the customer services answer; the services check the caller's portfolio.
 */
package com.strata.web.customers;
