/**
 * How people and programs sign in: one authentication mechanism that serves the login form for pages and HTTP Basic
 * for the REST API, both against the user accounts in the database, plus the login and logout actions.
 */
package com.strata.web.security;
