/** The audience builder page: filters, the live count and value, saved audiences and background exports. */
package com.strata.web.audiences;
