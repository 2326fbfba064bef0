/** The task inbox, the customer page's tasks and the playbooks page: thin beans over the workflow services. */
package com.strata.web.tasks;
