/** The home page: per role, what needs attention today, each figure linking to the list behind it. */
package com.strata.web.home;
