package com.strata.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowWriterTest {

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesInnerQuotes() throws IOException {
        StringWriter text = new StringWriter();
        CsvRowWriter out = new CsvRowWriter(text);

        out.text("plain")
                .text("a, b")
                .text("say \"hi\"")
                .text("two\nlines")
                .empty()
                .endRow();
        out.flush();

        assertEquals("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", text.toString());
        assertEquals(
                List.of("plain", "a, b", "say \"hi\"", "two\nlines", ""),
                CsvTestReader.parse("h1,h2,h3,h4,h5\r\n" + text).rows().get(0));
    }

    @Test
    void writesMoneyFromCentsWithTwoDecimalsAndADecimalPoint() throws IOException {
        StringWriter text = new StringWriter();
        CsvRowWriter out = new CsvRowWriter(text);

        out.cents(123_456).cents(5).cents(-5).cents(0).cents(-100).endRow();
        out.flush();

        assertEquals("1234.56,0.05,-0.05,0.00,-1.00\r\n", text.toString());
    }

    @Test
    void chineseTextPassesThroughUnchanged() throws IOException {
        StringWriter text = new StringWriter();
        CsvRowWriter out = new CsvRowWriter(text);

        out.text("上海华信科技有限公司").text("欧阳子涵").text("Thomas Müller").endRow();
        out.flush();

        assertEquals(
                List.of("上海华信科技有限公司", "欧阳子涵", "Thomas Müller"),
                CsvTestReader.parse("a,b,c\r\n" + text).rows().get(0));
    }

    @Test
    void referencesAreZeroPaddedToThreeDigitsAndGrowBeyond() throws IOException {
        StringWriter text = new StringWriter();
        CsvRowWriter out = new CsvRowWriter(text);

        out.reference("SO-0000001-", 7)
                .reference("SO-0000001-", 42)
                .reference("SO-0000001-", 1234)
                .endRow();
        out.flush();

        assertEquals("SO-0000001-007,SO-0000001-042,SO-0000001-1234\r\n", text.toString());
    }
}
