package no.scorebake.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Tables written as CSV the way a spreadsheet of the site's language expects them: {@code ;}
 * between fields where the decimal mark is a comma, {@code ,} where it is a point; a byte-order
 * mark so Excel reads æøå as UTF-8; lines ending in CR LF. Jackson writes the fields and quotes
 * only those that need it (the delimiter, a quote, a line break), as spreadsheets do. The site's
 * export and the reporting sheets both write through here, so the two never drift apart.
 */
public final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private Csv() {
    }

    /** The rows as CSV text for a spreadsheet whose decimal mark is {@code decimalSeparator}. */
    public static String write(List<List<String>> rows, char decimalSeparator) {
        char delimiter = decimalSeparator == ',' ? ';' : ',';
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withLineSeparator("\r\n");
        try {
            return "\uFEFF" + MAPPER.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with a leading apostrophe when it starts with {@code = + - @} and is not a plain
     * number, so a spreadsheet shows it instead of running it as a formula; null is empty.
     */
    public static String formulaSafe(String text) {
        String t = text == null ? "" : text;
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 && !t.matches("-?\\d+([.,]\\d+)?")) {
            return "'" + t;
        }
        return t;
    }
}
