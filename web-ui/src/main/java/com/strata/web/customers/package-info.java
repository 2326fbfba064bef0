/** The customer list (My portfolio for an account manager): search, filters in the URL, server-side paging. */
package com.strata.web.customers;
