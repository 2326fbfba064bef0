package com.strata.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {

    @Test
    void sameSeedWritesIdenticalFiles() {
        GeneratedBase first = GeneratedBase.generate(7, 300, 8);
        GeneratedBase second = GeneratedBase.generate(7, 300, 8);

        assertEquals(first, second);
    }

    @Test
    void differentSeedWritesADifferentBase() {
        GeneratedBase first = GeneratedBase.generate(7, 300, 8);
        GeneratedBase second = GeneratedBase.generate(8, 300, 8);

        assertNotEquals(first.customers(), second.customers());
        assertNotEquals(first.purchases(), second.purchases());
        assertNotEquals(first.interactions(), second.interactions());
    }

    @Test
    void aLargerBaseStartsWithTheSameCustomersAsASmallerOne() {
        GeneratedBase small = GeneratedBase.generate(7, 100, 8);
        GeneratedBase large = GeneratedBase.generate(7, 200, 8);

        assertTrue(large.customers().startsWith(small.customers()));
        assertTrue(large.purchases().startsWith(small.purchases()));
    }

    @Test
    void headersAreExactlyTheDocumentedColumns() throws IOException {
        Map<String, List<String>> documented = documentedColumns();
        GeneratedBase base = GeneratedBase.generate(1, 20, 3);

        assertEquals(documented.get("customers"), firstLine(base.customers()));
        assertEquals(documented.get("contacts"), firstLine(base.contacts()));
        assertEquals(documented.get("purchases"), firstLine(base.purchases()));
        assertEquals(documented.get("interactions"), firstLine(base.interactions()));
    }

    @Test
    void countsAreTheRowsWritten() {
        GeneratedBase base = GeneratedBase.generate(3, 400, 6);

        assertEquals(400, base.counts().customers());
        assertEquals(base.contactTable().rows().size(), base.counts().contacts());
        assertEquals(base.purchaseTable().rows().size(), base.counts().purchases());
        assertEquals(base.interactionTable().rows().size(), base.counts().interactions());
    }

    @Test
    void chineseNamesSurviveAFileWriteAndReadAsStrictUtf8(@TempDir Path directory) throws IOException {
        GeneratedBase inMemory = GeneratedBase.generate(11, 300, 4);
        DemoDataSettings settings = new DemoDataSettings(11, 300, 4, GeneratedBase.AS_OF, GeneratedBase.MANAGERS);

        new DemoDataGenerator(settings).writeTo(directory);

        String customers = strictUtf8(directory.resolve(DemoDataGenerator.CUSTOMERS_FILE));
        String contacts = strictUtf8(directory.resolve(DemoDataGenerator.CONTACTS_FILE));
        assertEquals(inMemory.customers(), customers);
        assertEquals(inMemory.contacts(), contacts);
        assertEquals(inMemory.purchases(), strictUtf8(directory.resolve(DemoDataGenerator.PURCHASES_FILE)));
        assertEquals(inMemory.interactions(), strictUtf8(directory.resolve(DemoDataGenerator.INTERACTIONS_FILE)));
        List<String> names = CsvTestReader.parse(customers).values("name");
        assertTrue(names.stream().anyMatch(name -> name.matches(".*\\p{IsHan}.*有限公司")), "Chinese company names");
        assertTrue(names.stream().anyMatch(name -> name.matches("\\p{IsHan}{2,4}")), "Chinese person names");
        assertTrue(CsvTestReader.parse(contacts).values("name").stream().anyMatch(name -> name.matches("\\p{IsHan}+")));
    }

    @Test
    void settingsRejectAnEmptyBaseAndSayWhatToGive() {
        IllegalArgumentException noCustomers = assertThrows(
                IllegalArgumentException.class,
                () -> new DemoDataSettings(1, 0, 10, GeneratedBase.AS_OF, GeneratedBase.MANAGERS));
        IllegalArgumentException noManagers = assertThrows(
                IllegalArgumentException.class, () -> new DemoDataSettings(1, 10, 10, GeneratedBase.AS_OF, List.of()));
        IllegalArgumentException tooFewPurchases = assertThrows(
                IllegalArgumentException.class,
                () -> new DemoDataSettings(1, 10, 0.5, GeneratedBase.AS_OF, GeneratedBase.MANAGERS));

        assertEquals("customers is 0; generate at least 1", noCustomers.getMessage());
        assertEquals("accountManagers is []; give at least one username, none blank", noManagers.getMessage());
        assertTrue(tooFewPurchases.getMessage().startsWith("purchasesPerCustomer is 0.5; every customer buys"));
    }

    /** Column names per file from the table in README, CSV import formats: the lower-case names in backticks. */
    private static Map<String, List<String>> documentedColumns() throws IOException {
        Path doc = Path.of("..", "README.md");
        Pattern row = Pattern.compile("^\\| (customers|contacts|purchases|interactions) \\| (.*) \\|$");
        Pattern column = Pattern.compile("`([a-z_]+)`");
        Map<String, List<String>> columns = new HashMap<>();
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            Matcher file = row.matcher(line);
            if (file.matches()) {
                List<String> names = new ArrayList<>();
                Matcher name = column.matcher(file.group(2));
                while (name.find()) {
                    names.add(name.group(1));
                }
                columns.put(file.group(1), names);
            }
        }
        assertEquals(4, columns.size(), "four file formats in " + doc.toAbsolutePath());
        return columns;
    }

    private static List<String> firstLine(String csv) {
        return List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
    }

    private static String strictUtf8(Path file) throws CharacterCodingException, IOException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }
}
