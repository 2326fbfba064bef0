package com.strata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as spreadsheets write it, and the line numbers people see in their editor. */
class CsvParserTest {

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws Exception {
        CsvParser parser = new CsvParser(new StringReader("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"x\ny\",z\n"));

        assertEquals(List.of("a", "b,1", "say \"hi\""), parser.next());
        assertEquals(1, parser.recordLine());
        assertEquals(List.of("x\ny", "z"), parser.next());
        assertEquals(2, parser.recordLine());
        assertNull(parser.next());
    }

    @Test
    void recordAfterAMultiLineFieldStartsOnItsRealLine() throws Exception {
        CsvParser parser = new CsvParser(new StringReader("h\n\"1\r\n2\r\n3\"\nlast"));
        parser.next();
        parser.next();

        assertEquals(List.of("last"), parser.next());
        assertEquals(5, parser.recordLine());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumn() throws Exception {
        assertEquals(List.of("code", "name"), new CsvParser(new StringReader("\uFEFF\"code\",name")).next());
    }

    @Test
    void emptyFieldsAreKept() throws Exception {
        assertEquals(List.of("", "", ""), new CsvParser(new StringReader(",,\n")).next());
    }

    @Test
    void runawayQuotedFieldStopsAtTheLimit() {
        CsvParser parser = new CsvParser(new StringReader("\"" + "x".repeat(CsvParser.MAX_FIELD_CHARS + 1)));

        CsvFormatException e = assertThrows(CsvFormatException.class, parser::next);
        assertEquals(
                "line 1: a field is longer than 100000 characters; check for a missing closing quote", e.getMessage());
    }
}
