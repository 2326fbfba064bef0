/**
 * The Policies page: each tier's service policy (entitlements, badge, display names) with its history; administrators
 * edit a tier's policy in a dialog, analysts read it.
 */
package com.strata.web.policies;
