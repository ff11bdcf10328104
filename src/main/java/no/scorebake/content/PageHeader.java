package no.scorebake.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Pos;
import no.scorebake.problem.Problems;

/**
 * The JBake header of an editorial page, checked line by line before JBake reads the file, so
 * every problem can say on which line it is. The rules are JBake's (2.7.0 {@code MarkupEngine}):
 * the header is the lines above the first line that is exactly {@code ~~~~~~}; each is empty or
 * {@code name=value} (split at the first {@code =}, both sides trimmed). What JBake would do
 * silently with anything else (treat the header as body text, drop the page, take the date from
 * the file's modification time) is reported here instead.
 *
 * @param fields  header fields by name, in file order
 * @param bodyEmpty true when nothing follows the separator line (JBake then takes the whole
 *                  file, header included, as the body)
 */
record PageHeader(Map<String, Field> fields, boolean bodyEmpty) {

    /** One {@code name=value} line; line counts from 1. */
    record Field(String value, int line) {
    }

    /** Names JBake and the portal give a meaning; they must be written in lower case. */
    static final List<String> KNOWN = List.of("title", "status", "type", "date", "tags");

    static final String EXAMPLE = "title=Om målstyring, status=published, then a line ~~~~~~";

    Field get(String name) {
        return fields.get(name);
    }

    /** The header of a file's text, or null after reporting why there is no usable one. */
    static PageHeader scan(String rel, String text, Problems problems) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || text.isBlank()) {
            problems.error(Pos.line(rel, 1), "the file is empty; an editorial page starts with a header: " + EXAMPLE);
            return null;
        }
        int separator = lines.indexOf(JBakeEngines.HEADER_SEPARATOR);
        if (separator < 0) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals(JBakeEngines.HEADER_SEPARATOR)) {
                    problems.error(Pos.line(rel, i + 1), "the line that ends the header must be exactly ~~~~~~, with no spaces around it");
                    return null;
                }
            }
            if (lines.get(0).contains("=")) {
                problems.error(Pos.line(rel, 1), "the header has no end: put a line ~~~~~~ after its last line (" + EXAMPLE + ")");
            } else {
                problems.error(Pos.line(rel, 1), "no header: an editorial page starts with " + EXAMPLE);
            }
            return null;
        }
        String first = lines.get(0);
        if (separator > 0 && !first.isEmpty() && !first.contains("=") && !first.strip().equals(JBakeEngines.HEADER_SEPARATOR)) {
            // The ~~~~~~ further down is a code fence or a rule, not the end of a header.
            problems.error(Pos.line(rel, 1), "no header: an editorial page starts with " + EXAMPLE
                    + " (the ~~~~~~ on line " + (separator + 1) + " would end it)");
            return null;
        }
        boolean ok = true;
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            Pos pos = Pos.line(rel, i + 1);
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                if (line.strip().equals(JBakeEngines.HEADER_SEPARATOR)) {
                    problems.error(pos, "the line that ends the header must be exactly ~~~~~~, with no spaces around it");
                } else if (line.isBlank()) {
                    problems.error(pos, "a header line holds only spaces; leave it empty or remove it");
                } else {
                    problems.error(pos, "a header line is name=value, and this one has no '=': '" + line.strip() + "'");
                }
                ok = false;
                continue;
            }
            String name = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (name.isEmpty()) {
                problems.error(pos, "a header line is name=value, and this one has no name before '='");
                ok = false;
                continue;
            }
            String known = KNOWN.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (known != null && !known.equals(name)) {
                problems.error(pos, "write '" + known + "' in lower case; JBake does not read '" + name + "'");
                ok = false;
                continue;
            }
            Field earlier = fields.get(name);
            if (earlier != null) {
                problems.error(pos, "'" + name + "' is given twice, first on line " + earlier.line() + "; keep one");
                ok = false;
                continue;
            }
            if (known != null && !known.equals("tags") && !known.equals("date") && value.startsWith("{") && value.endsWith("}")) {
                problems.error(pos, "JBake reads a value in braces as JSON; write " + name + " as plain text");
                ok = false;
                continue;
            }
            fields.put(name, new Field(value, i + 1));
        }
        return ok ? new PageHeader(fields, separator == lines.size() - 1) : null;
    }
}
