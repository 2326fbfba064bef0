/**
 * Who may sign in and what they may do: user accounts with PBKDF2-hashed passwords, the five roles of docs/architecture.md,
 * and the services that read and manage them. Access rules are enforced here, in the EJB layer, so the pages and
 * the REST API cannot bypass them.
 */
package com.strata.security;
