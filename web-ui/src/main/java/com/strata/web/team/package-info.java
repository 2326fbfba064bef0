/** The supervisor's Team page: figures per account manager, the override queue, bulk reassignment. */
package com.strata.web.team;
