/** Pages only administrators use: the users of Strata and their roles. */
package com.strata.web.admin;
