/** The signed-in user's own account pages: their personal API tokens. */
package com.strata.web.account;
