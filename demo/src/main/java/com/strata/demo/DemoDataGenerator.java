package com.strata.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates a demo customer base and writes it as the four import files of the README's CSV import formats: customers,
 * contacts, purchases and interactions (UTF-8 without byte-order mark, RFC 4180, CRLF line ends).
 *
 * <p>Customers are generated one at a time, each from a random stream derived from the seed and its index, and its
 * rows are written at once, so memory does not grow with the base and a million customers stream straight to disk.
 * The same settings always give byte-identical files; customer {@code i} (zero-based) has code {@code C} followed
 * by {@code i + 1} in at least seven digits, its purchases {@code SO-<digits>-<n>} and interactions
 * {@code IX-<digits>-<n>}.
 *
 * <pre>{@code
 * DemoDataSettings settings = new DemoDataSettings(42, 5_000, 20, LocalDate.now(), DemoUsers.ACCOUNT_MANAGERS);
 * DemoDataCounts counts = new DemoDataGenerator(settings).write(customers, contacts, purchases, interactions);
 * }</pre>
 */
public final class DemoDataGenerator {

    public static final String CUSTOMERS_FILE = "customers.csv";
    public static final String CONTACTS_FILE = "contacts.csv";
    public static final String PURCHASES_FILE = "purchases.csv";
    public static final String INTERACTIONS_FILE = "interactions.csv";

    private final DemoDataSettings settings;

    public DemoDataGenerator(DemoDataSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes the four files to the given writers, header first, and flushes them; the caller closes them.
     *
     * @return the rows written to each
     */
    public DemoDataCounts write(Writer customers, Writer contacts, Writer purchases, Writer interactions)
            throws IOException {
        HistoryCalendar calendar = new HistoryCalendar(settings.asOf());
        Seasonality seasonality = new Seasonality(calendar);
        CustomerProfiles profiles =
                new CustomerProfiles(calendar, settings.accountManagers(), settings.purchasesPerCustomer());
        PurchaseRows purchaseRows = new PurchaseRows(calendar, seasonality);
        InteractionRows interactionRows = new InteractionRows(calendar, seasonality, settings.customers());

        CsvRowWriter customerOut = new CsvRowWriter(customers);
        CsvRowWriter contactOut = new CsvRowWriter(contacts);
        CsvRowWriter purchaseOut = new CsvRowWriter(purchases);
        CsvRowWriter interactionOut = new CsvRowWriter(interactions);
        customerOut.header(CustomerRows.HEADER);
        contactOut.header(ContactRows.HEADER);
        purchaseOut.header(PurchaseRows.HEADER);
        interactionOut.header(InteractionRows.HEADER);

        for (long index = 0; index < settings.customers(); index++) {
            DemoRandom random = DemoRandom.forCustomer(settings.seed(), index);
            CustomerProfile customer = profiles.draw(index, random);
            CustomerRows.write(customer, calendar, customerOut);
            ContactRows.write(customer, random, contactOut);
            int[] purchaseDays = purchaseRows.write(customer, random, purchaseOut);
            interactionRows.write(customer, purchaseDays, random, interactionOut);
        }

        customerOut.flush();
        contactOut.flush();
        purchaseOut.flush();
        interactionOut.flush();
        return new DemoDataCounts(customerOut.rows(), contactOut.rows(), purchaseOut.rows(), interactionOut.rows());
    }

    /**
     * Writes {@value #CUSTOMERS_FILE}, {@value #CONTACTS_FILE}, {@value #PURCHASES_FILE} and
     * {@value #INTERACTIONS_FILE} into the directory, creating it if needed and replacing files of those names.
     */
    public DemoDataCounts writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer customers = open(directory.resolve(CUSTOMERS_FILE));
                Writer contacts = open(directory.resolve(CONTACTS_FILE));
                Writer purchases = open(directory.resolve(PURCHASES_FILE));
                Writer interactions = open(directory.resolve(INTERACTIONS_FILE))) {
            return write(customers, contacts, purchases, interactions);
        }
    }

    private static Writer open(Path file) throws IOException {
        return new OutputStreamWriter(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8);
    }
}
