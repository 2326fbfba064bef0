/**
 * The service desk's pages: the service queue, a ticket with its clocks, timeline, actions and the customer's tier and
 * entitlements, opening a ticket after finding the customer, and the tickets section of the customer page.
 */
package com.strata.web.service;
