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
import no.scorebake.problem.Problems;

/**
 * The rows of a CSV file (an upload, a survey's responses), each as its cells with the place
 * where each starts, blank rows left out. A file the parser cannot read is reported once, at
 * the place to fix: where a quote was opened and never closed, or closed a line late.
 */
final class CsvRows {

    /** The parser, made on first use: most projects' uploads are all split without it ({@link #splitSimple}). */
    private static final class Parser {
        static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    }

    /** Takes one row; returns false to stop reading the file. */
    interface Row {
        boolean take(List<String> cells, List<Pos> cellPos);
    }

    private CsvRows() {
    }

    /** Hands every non-blank row of {@code text} to {@code row}; false when the file could not be read (reported). */
    static boolean read(String path, String text, char separator, Problems problems, Row row) {
        return split(path, text, separator).hand(problems, row);
    }

    /** Why a file could not be read to its end, and where to fix it. */
    private record Failure(Pos pos, String message) {
    }

    /**
     * A file's non-blank rows, split from its text ahead of their checks, so that many files can
     * be split at once on several threads while their rows are still checked one file after
     * another, in the order of the files: the same problems in the same order as reading them one
     * by one. A file that cannot be read to its end holds the rows before the place it fails.
     */
    static final class Split {
        private final List<List<String>> cells = new ArrayList<>();
        private final List<List<Pos>> positions = new ArrayList<>();
        private Failure failure;

        private Split() {
        }

        /** The rows' cells, for tests. */
        List<List<String>> cells() {
            return cells;
        }

        /** The places of the rows' cells, for tests. */
        List<List<Pos>> positions() {
            return positions;
        }

        /**
         * Hands the rows to {@code row} until it returns false, then reports why the file could
         * not be read to its end, if the rows were read that far; false when the file could not be read.
         */
        boolean hand(Problems problems, Row row) {
            for (int i = 0; i < cells.size(); i++) {
                if (!row.take(cells.get(i), positions.get(i))) {
                    return true;
                }
            }
            if (failure != null) {
                problems.error(failure.pos(), failure.message());
                return false;
            }
            return true;
        }
    }

    /** Splits {@code text} into its rows; safe to call from any thread. */
    static Split split(String path, String text, char separator) {
        Split simple = splitSimple(path, text, separator);
        return simple != null ? simple : splitParsed(path, text, separator);
    }

    /**
     * Splits a text of the form nearly every upload has in one pass over its characters: the
     * same rows, cells and places as the CSV parser gives (a line ends at {@code \n}, {@code \r}
     * or {@code \r\n}; a column counts characters from 1; a quoted cell is placed at its opening
     * quote), at a fraction of its cost in a freshly started scorebake, where splitting thousands
     * of uploads through the parser was one of the slowest parts of loading. Quotes are taken
     * only around a whole cell on one line ({@code ""} for a quote inside); for any other quote
     * this returns null and the parser splits the text, with its messages for what is wrong.
     */
    static Split splitSimple(String path, String text, char separator) {
        Split split = new Split();
        int n = text.length();
        int line = 1;
        int lineStart = 0;
        int cellStart = 0;
        String quoted = null;
        List<String> cells = new ArrayList<>();
        List<Pos> cellPos = new ArrayList<>();
        boolean blank = true;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '"') {
                if (i != cellStart) {
                    return null;
                }
                StringBuilder unquoted = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        return null;
                    }
                    char q = text.charAt(j);
                    if (q == '\n' || q == '\r') {
                        return null;
                    }
                    if (q == '"') {
                        if (j + 1 < n && text.charAt(j + 1) == '"') {
                            unquoted.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    unquoted.append(q);
                    j++;
                }
                if (j + 1 < n && text.charAt(j + 1) != separator && text.charAt(j + 1) != '\n' && text.charAt(j + 1) != '\r') {
                    return null;
                }
                quoted = unquoted.toString();
                if (blank && !quoted.isBlank()) {
                    blank = false;
                }
                i = j;
                continue;
            }
            if (c != separator && c != '\n' && c != '\r') {
                if (blank && !Character.isWhitespace(c)) {
                    blank = false;
                }
                continue;
            }
            if (i == n && cellStart == n && cells.isEmpty()) {
                break; // nothing after the last line break
            }
            cells.add(quoted != null ? quoted : text.substring(cellStart, i));
            // The parser places an empty unquoted last cell at the end of the text on the separator before it.
            cellPos.add(new Pos(path, line, cellStart - lineStart + (i == n && cellStart == n ? 0 : 1)));
            quoted = null;
            cellStart = i + 1;
            if (c == separator) {
                continue;
            }
            if (!blank) {
                split.cells.add(cells);
                split.positions.add(cellPos);
                cells = new ArrayList<>();
                cellPos = new ArrayList<>();
            } else {
                cells.clear();
                cellPos.clear();
            }
            blank = true;
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
                cellStart = i + 1;
            }
            line++;
            lineStart = cellStart;
        }
        return split;
    }

    /** Splits {@code text} with the CSV parser: for texts with quotes, and the reference {@link #splitSimple} must agree with. */
    static Split splitParsed(String path, String text, char separator) {
        Split split = new Split();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try (JsonParser p = Parser.MAPPER.reader(schema).createParser(text)) {
            List<String> cells = new ArrayList<>();
            List<Pos> cellPos = new ArrayList<>();
            JsonToken t;
            int depth = 0;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    // The whole file is one array (WRAP_AS_ARRAY) of rows, each an array of cells.
                    depth++;
                    cells = new ArrayList<>();
                    cellPos = new ArrayList<>();
                } else if (t == JsonToken.VALUE_STRING) {
                    cells.add(p.getText());
                    var loc = p.currentTokenLocation();
                    cellPos.add(new Pos(path, loc.getLineNr(), loc.getColumnNr()));
                } else if (t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 0 || cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    split.cells.add(cells);
                    split.positions.add(cellPos);
                }
            }
        } catch (JsonProcessingException e) {
            Pos open = unclosedQuote(path, text, separator);
            if (open != null) {
                // The parser notices only at the end of the file; the place to fix is where the quote opened.
                split.failure = new Failure(open, "quoted text starting here is never closed; end it with \" (and write \"\" for a quote inside it)");
            } else {
                var loc = e.getLocation();
                Pos runOn = loc == null ? null : quoteEndingOn(path, text, separator, loc.getLineNr());
                if (runOn != null) {
                    // A quote left open swallows the line break and ends at the next quote; the mistake is where it opened.
                    split.failure = new Failure(runOn, "quoted text starting here is not closed on its line and runs on to line " + loc.getLineNr()
                            + "; end it with \" on this line (and write \"\" for a quote inside it)");
                } else {
                    split.failure = new Failure(loc == null ? Pos.line(path, 1) : new Pos(path, loc.getLineNr(), loc.getColumnNr()),
                            "CSV cannot be read: " + e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            split.failure = new Failure(Pos.line(path, 1), "cannot read: " + e.getMessage());
        }
        return split;
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
