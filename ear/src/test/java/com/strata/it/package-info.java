/**
 * Tests that deploy the real EAR into the WildFly the build provisioned and talk to it as users do: over HTTP and
 * through a real browser. The business rules are unit-tested in the modules; these prove the wiring. They deploy the
 * demo EAR, whose demo users and base they sign in as and read; {@code EarContentsIT} checks what the production
 * EAR and the demo EAR hold.
 */
package com.strata.it;
