package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass split of a text ({@link CsvRows#splitSimple}) against the CSV
 * parser ({@link CsvRows#splitParsed}): the same rows, cells and places for every text, since
 * each message's {@code path:line:col} comes from them.
 */
class CsvSplitTest {

    private int simple;

    private void same(String text, char separator) {
        CsvRows.Split parsed = CsvRows.splitParsed("p.csv", text, separator);
        CsvRows.Split plain = CsvRows.splitSimple("p.csv", text, separator);
        String shown = text.replace("\r", "\\r").replace("\n", "\\n");
        if (plain == null) {
            assertTrue(text.indexOf('"') >= 0, () -> "only a quote may send a text to the parser: " + shown);
            return;
        }
        simple++;
        assertEquals(parsed.cells(), plain.cells(), shown);
        assertEquals(parsed.positions(), plain.positions(), shown);
    }

    @Test
    void sameRowsAndPlacesAsTheParserForTypicalUploads() {
        for (char sep : new char[] {';', ','}) {
            same("scorecard;kpi;period;value;comment\nA;k;2005-08;1,5;\"Ferie; mange vikarer\"\n\"A\";\"k\";2005-09;2;\"\"\"sitat\"\" her\"", sep);
            same("a;\"b;c\";d\r\n\"x\"\"y\";\"\"\n\" \";\"\"\n\"q\"", sep);
            same("", sep);
            same("\n", sep);
            same("scorecard;kpi;period;value\nA;k;2005-08;1,5\nA;q;2005-Q3;12\n", sep);
            same("scorecard,kpi,period,value\r\nA,k,2005-08,1.5\r\n\r\nA,q,2005-Q3,12", sep);
            same("a;b\r\rc;d\r", sep);
            same(";\n  ;x\n\n\t;y", sep);
            same("æøå;b\nc;\uD83D\uDE00x;d\n", sep);
            same("a;b\n\u00A0;\n ; \n;;;\n", sep);
            same("a;b;\nc;;\n;d\n", sep);
            same("x\ry\r\nz\n\r\n", sep);
        }
    }

    @Test
    void sameRowsAndPlacesAsTheParserForRandomTexts() {
        char[] alphabet = {'a', 'b', '1', ' ', '\t', ';', ',', '\n', '\r', 'ø', '\u00A0', '\u2009', '-', '#', '"'};
        Random random = new Random(14);
        for (int round = 0; round < 5000; round++) {
            int length = random.nextInt(round < 4000 ? 40 : 9000);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            same(text.toString(), random.nextBoolean() ? ';' : ',');
        }
        assertTrue(simple > 1000, "texts split without the parser: " + simple);
    }

    @Test
    void sameRowsAndPlacesAsTheParserForRandomQuotedCells() {
        char[] alphabet = {'a', ' ', ';', ',', 'ø', '"', '\t'};
        String[] breaks = {"\n", "\r\n", "\r", ""};
        Random random = new Random(15);
        for (int round = 0; round < 5000; round++) {
            char separator = random.nextBoolean() ? ';' : ',';
            StringBuilder text = new StringBuilder();
            for (int row = random.nextInt(6); row > 0; row--) {
                for (int cell = random.nextInt(5); cell >= 0; cell--) {
                    StringBuilder content = new StringBuilder();
                    for (int i = random.nextInt(5); i > 0; i--) {
                        content.append(alphabet[random.nextInt(alphabet.length)]);
                    }
                    if (random.nextBoolean()) {
                        text.append('"').append(content.toString().replace("\"", "\"\"")).append('"');
                    } else {
                        text.append(content.toString().replace("\"", ""));
                    }
                    if (random.nextInt(40) == 0) {
                        text.append(random.nextBoolean() ? "\"" : " ");
                    }
                    if (cell > 0) {
                        text.append(separator);
                    }
                }
                text.append(breaks[random.nextInt(breaks.length)]);
            }
            same(text.toString(), separator);
        }
        assertTrue(simple > 3000, "texts split without the parser: " + simple);
    }
}
