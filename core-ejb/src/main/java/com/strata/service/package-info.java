/**
 * Tier service policies: what each tier of the ladder is entitled to (display names in English and Chinese, badge,
 * dedicated account manager, SLAs, follow-up cadence, discount, service channels, owning role). Every change keeps
 * the previous values as a row of their own, with when they were in force and who changed them. The engine names
 * tiers by key; pages and the API show them by their display names from here.
 */
package com.strata.service;
