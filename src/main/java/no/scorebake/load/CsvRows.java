package no.scorebake.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.scorebake.model.Pos;

/**
 * The rows of a CSV file (an upload, a survey's responses), each as its cells with the place
 * where each starts, blank rows left out. A file the parser cannot read is reported once, at
 * the place to fix: where a quote was opened and never closed, or closed a line late.
 */
final class CsvRows {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** Takes one row; returns false to stop reading the file. */
    interface Row {
        boolean take(List<String> cells, List<Pos> cellPos);
    }

    private CsvRows() {
    }

    /** Hands every non-blank row of {@code text} to {@code row}; false when the file could not be read (reported). */
    static boolean read(String path, String text, char separator, Problems problems, Row row) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try (JsonParser p = MAPPER.reader(schema).createParser(text)) {
            List<String> cells = new ArrayList<>();
            List<Pos> cellPos = new ArrayList<>();
            JsonToken t;
            int depth = 0;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    // The whole file is one array (WRAP_AS_ARRAY) of rows, each an array of cells.
                    depth++;
                    cells.clear();
                    cellPos.clear();
                } else if (t == JsonToken.VALUE_STRING) {
                    cells.add(p.getText());
                    var loc = p.currentTokenLocation();
                    cellPos.add(new Pos(path, loc.getLineNr(), loc.getColumnNr()));
                } else if (t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 0 || cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (!row.take(cells, cellPos)) {
                        return true;
                    }
                }
            }
            return true;
        } catch (JsonProcessingException e) {
            Pos open = unclosedQuote(path, text, separator);
            if (open != null) {
                // The parser notices only at the end of the file; the place to fix is where the quote opened.
                problems.error(open, "quoted text starting here is never closed; end it with \" (and write \"\" for a quote inside it)");
            } else {
                var loc = e.getLocation();
                Pos runOn = loc == null ? null : quoteEndingOn(path, text, separator, loc.getLineNr());
                if (runOn != null) {
                    // A quote left open swallows the line break and ends at the next quote; the mistake is where it opened.
                    problems.error(runOn, "quoted text starting here is not closed on its line and runs on to line " + loc.getLineNr()
                            + "; end it with \" on this line (and write \"\" for a quote inside it)");
                } else {
                    problems.error(loc == null ? Pos.line(path, 1) : new Pos(path, loc.getLineNr(), loc.getColumnNr()),
                            "CSV cannot be read: " + e.getOriginalMessage());
                }
            }
            return false;
        } catch (IOException e) {
            problems.error(Pos.line(path, 1), "cannot read: " + e.getMessage());
            return false;
        }
    }

    /**
     * Where a quoted field opens that is never closed, or null. As in the parser, a quote opens
     * only at the start of a field, and {@code ""} inside a quoted field is a quote.
     */
    static Pos unclosedQuote(String path, String text, char separator) {
        return quotes(path, text, separator, Integer.MAX_VALUE).unclosed();
    }

    /**
     * Where a quoted field opens that closes on {@code line} after starting on an earlier line,
     * or null. Such a field is nearly always a quote someone forgot to close.
     */
    static Pos quoteEndingOn(String path, String text, char separator, int line) {
        return quotes(path, text, separator, line).endingOnLast();
    }

    /** What {@link #quotes} finds: a quote never closed, and one closing on the last line read. */
    private record Quotes(Pos unclosed, Pos endingOnLast) {
    }

    /** Scans the quoted fields of {@code text} up to and including line {@code last}. */
    private static Quotes quotes(String path, String text, char separator, int last) {
        boolean quoted = false;
        boolean fieldStart = true;
        int line = 1;
        int col = 0;
        Pos open = null;
        Pos found = null;
        for (int i = 0; i < text.length() && line <= last; i++) {
            char c = text.charAt(i);
            col++;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                        col++;
                    } else {
                        quoted = false;
                        if (line == last && open.line() < line) {
                            found = open;
                        }
                    }
                }
                fieldStart = false;
            } else if (c == '"' && fieldStart) {
                quoted = true;
                open = new Pos(path, line, col);
                fieldStart = false;
            } else {
                fieldStart = c == separator || c == '\n' || c == '\r';
            }
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                col = 0;
            }
        }
        return new Quotes(quoted ? open : null, found);
    }
}
