/**
 * The REST API under {@code /strata/api}: JSON over HTTP Basic with the same users and roles as the pages. Access
 * rules live in the services; a refused call answers 403.
 */
package com.strata.web.api;
