package com.strata.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Command line: writes the four demo CSV files into a directory and prints the row counts and the time taken.
 * {@code bench/generate-data} runs it.
 *
 * <pre>
 * GenerateDemoData &lt;dir&gt; [customers=1000000] [purchases-per-customer=10] [seed=42] [as-of=today]
 * </pre>
 *
 * The demo account managers own the customers.
 */
public final class GenerateDemoData {

    private GenerateDemoData() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 5) {
            System.err.println("usage: generate-data <dir> [customers=1000000] [purchases-per-customer=10]"
                    + " [seed=42] [as-of=YYYY-MM-DD, default today]");
            System.exit(2);
        }
        DemoDataSettings settings;
        try {
            settings = new DemoDataSettings(
                    args.length > 3 ? Long.parseLong(args[3]) : 42L,
                    args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L,
                    args.length > 2 ? Double.parseDouble(args[2]) : 10.0,
                    args.length > 4 ? LocalDate.parse(args[4]) : LocalDate.now(),
                    DemoUsers.ACCOUNT_MANAGERS);
        } catch (NumberFormatException | DateTimeParseException e) {
            System.err.println("generate-data: " + e.getMessage()
                    + "; customers and seed are whole numbers, purchases per customer a number, as-of YYYY-MM-DD");
            System.exit(2);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("generate-data: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path directory = Path.of(args[0]);
        System.out.printf(
                "Generating %,d customers, about %s purchases each, seed %d, as of %s, into %s%n",
                settings.customers(),
                settings.purchasesPerCustomer(),
                settings.seed(),
                settings.asOf(),
                directory.toAbsolutePath());
        long start = System.nanoTime();
        DemoDataCounts counts = new DemoDataGenerator(settings).writeTo(directory);
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = counts.customers() + counts.contacts() + counts.purchases() + counts.interactions();
        System.out.printf(
                "customers    %,12d%ncontacts     %,12d%npurchases    %,12d%ninteractions %,12d%n",
                counts.customers(), counts.contacts(), counts.purchases(), counts.interactions());
        System.out.printf("%,d rows in %.1f s (%,.0f rows/s)%n", rows, seconds, rows / seconds);
    }
}
