/**
 * The frame every page shares: who is signed in, the language they chose, and the home page that shows each
 * role what it can use.
 */
package com.strata.web.shell;
