/**
 * The REST API under {@code /strata/api}: JSON over HTTP Basic with the same users and roles as the pages. Access
 * rules live in the services; a refused call answers 403. Every error answer has the one {@link
 * com.strata.web.api.ApiError} shape, made by {@link com.strata.web.api.ApiErrorMapper}; the server serves the API's
 * OpenAPI document at {@code /openapi}.
 */
package com.strata.web.api;
