/**
 * Who changed what, and when: an append-only trail written in the same transaction as the change it describes,
 * so a change and its audit entry are stored together or not at all.
 */
package com.strata.audit;
