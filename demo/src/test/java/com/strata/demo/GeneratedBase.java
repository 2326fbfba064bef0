package com.strata.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** A small demo base generated in memory, as text and as parsed tables, for the tests to inspect. */
record GeneratedBase(DemoDataCounts counts, String customers, String contacts, String purchases, String interactions) {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final List<String> MANAGERS = List.of("manager", "manager2", "manager3");

    static GeneratedBase generate(long seed, long customers, double purchasesPerCustomer) {
        StringWriter customerText = new StringWriter();
        StringWriter contactText = new StringWriter();
        StringWriter purchaseText = new StringWriter();
        StringWriter interactionText = new StringWriter();
        DemoDataSettings settings = new DemoDataSettings(seed, customers, purchasesPerCustomer, AS_OF, MANAGERS);
        try {
            DemoDataCounts counts =
                    new DemoDataGenerator(settings).write(customerText, contactText, purchaseText, interactionText);
            return new GeneratedBase(
                    counts,
                    customerText.toString(),
                    contactText.toString(),
                    purchaseText.toString(),
                    interactionText.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CsvTestReader.Table customerTable() {
        return CsvTestReader.parse(customers);
    }

    CsvTestReader.Table contactTable() {
        return CsvTestReader.parse(contacts);
    }

    CsvTestReader.Table purchaseTable() {
        return CsvTestReader.parse(purchases);
    }

    CsvTestReader.Table interactionTable() {
        return CsvTestReader.parse(interactions);
    }
}
