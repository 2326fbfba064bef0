/**
 * The customers pages: the customer list (My portfolio for an account manager; search, filters in the URL,
 * server-side paging) and the customer page (customer 360: profile and contacts, live tier with its entitlements,
 * latest score with its explanation, score and tier history, tier-change timeline, purchases and interactions a page
 * at a time). Beans bind to the records the customer services answer; the services check the caller's portfolio.
 */
package com.strata.web.customers;
