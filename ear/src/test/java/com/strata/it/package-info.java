/**
 * Tests that deploy the real EAR into the WildFly the build provisioned and talk to it as users do: over HTTP and
 * through a real browser. The business rules are unit-tested in the modules; these prove the wiring.
 */
package com.strata.it;
