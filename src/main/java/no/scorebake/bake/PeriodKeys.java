package no.scorebake.bake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.Measurement;
import no.scorebake.model.Note;
import no.scorebake.model.Project;

/**
 * One key per month for the pages of that month (a scorecard for a period, its JSON and CSV):
 * equal keys, equal pages. A scorecard for month M shows figures computed from data of M and
 * earlier (values, targets, year to date, trends, roll-ups, formulas, sparklines, notes,
 * initiative reports) and from the model, theme and content that are not dated; not from
 * whether M is the current month, nor from any later month (the link to the next month is added
 * in the browser, from {@code data/periods.js}). So its key is a hash of the undated inputs
 * ({@link InputFingerprint.Fingerprints#fixed}) and of every data row, report and note dated M or
 * earlier. When next month's upload arrives, every earlier month keeps its key and its pages
 * need not be rendered again, the month that was current included; a late correction of an old
 * month changes the keys of that month and all after it.
 */
final class PeriodKeys {

    private PeriodKeys() {
    }

    /** The key of each month of {@code months} (oldest first). */
    static Map<YearMonth, String> of(String fixed, Project project, List<YearMonth> months) {
        Map<YearMonth, String> keys = new LinkedHashMap<>();
        if (fixed == null || months.isEmpty()) {
            return keys;
        }
        // What is dated each month; anything before the first month counts with the first.
        YearMonth first = months.get(0);
        TreeMap<YearMonth, List<String>> dated = new TreeMap<>();
        for (Measurement m : project.measurements()) {
            add(dated, m.period().end(), first, m.toString());
        }
        for (InitiativeReport r : project.initiativeReports()) {
            add(dated, r.month(), first, r.toString());
        }
        for (Note n : project.notes()) {
            add(dated, n.month(), first, n.toString());
        }
        byte[] chain = fixed.getBytes(StandardCharsets.UTF_8);
        for (YearMonth month : months) {
            MessageDigest sha = InputFingerprint.sha256();
            sha.update(chain);
            List<String> items = dated.getOrDefault(month, new ArrayList<>());
            items.sort(Comparator.naturalOrder());
            for (String item : items) {
                sha.update(item.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            chain = sha.digest();
            keys.put(month, HexFormat.of().formatHex(chain));
        }
        return keys;
    }

    private static void add(TreeMap<YearMonth, List<String>> dated, YearMonth month, YearMonth first, String item) {
        dated.computeIfAbsent(month.isBefore(first) ? first : month, k -> new ArrayList<>()).add(item);
    }

}
