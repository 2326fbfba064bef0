package com.strata.demo;

import java.io.IOException;

/** Writes a customer's row of the customers file. */
final class CustomerRows {

    static final String[] HEADER = {
        "code",
        "name",
        "kind",
        "industry",
        "size_band",
        "ownership",
        "region",
        "acquisition_channel",
        "first_seen",
        "account_manager",
        "status"
    };

    private CustomerRows() {}

    static void write(CustomerProfile customer, HistoryCalendar calendar, CsvRowWriter out) throws IOException {
        out.text(customer.code()).text(customer.name()).text(customer.kind());
        if (customer.company()) {
            out.text(customer.industry().label())
                    .text(customer.size().name())
                    .text(customer.ownership().name());
        } else {
            out.empty().empty().empty();
        }
        out.text(customer.region())
                .text(customer.acquisitionChannel())
                .text(calendar.iso(customer.lifecycle().firstSeenDay()))
                .text(customer.accountManager())
                .text(customer.active() ? "ACTIVE" : "INACTIVE")
                .endRow();
    }
}
