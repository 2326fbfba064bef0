/** The tier overrides section of the customer page: request, decide, end early, read a customer's overrides. */
package com.strata.web.overrides;
