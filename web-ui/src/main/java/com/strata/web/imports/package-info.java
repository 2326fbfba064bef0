/** The imports page: analysts and administrators upload a CSV file, follow its progress and read the row report. */
package com.strata.web.imports;
