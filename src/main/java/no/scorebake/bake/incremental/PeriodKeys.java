package no.scorebake.bake.incremental;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Frequency;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.Measurement;
import no.scorebake.model.Note;
import no.scorebake.model.Pos;
import no.scorebake.model.Project;

/**
 * One key per month for the pages of that month (a scorecard for a period, its JSON and CSV):
 * equal keys, equal pages. A scorecard for month M shows figures computed from data of M and
 * earlier (values, targets, year to date, trends, roll-ups, formulas, sparklines, notes,
 * initiative reports, owners' forecasts) and from the model, theme and content that are not
 * dated; not from whether M is the current month, nor from any later month (the link to the next
 * month is added in the browser, from {@code data/periods.js}) — with one exception: the year
 * outlook's year target takes the targets of all twelve months of M's year, a data row's
 * {@code target} of a later month included. So its key is a hash of the undated inputs
 * ({@link InputFingerprint.Fingerprints#fixed}) and of every data row, report and note dated M or
 * earlier; a monthly row's target is dated January of its year as well. When next month's upload
 * arrives, every earlier month keeps its key and its pages need not be rendered again, the month
 * that was current included, unless the upload gives a target; a late correction of an old month
 * changes the keys of that month and all after it.
 */
final class PeriodKeys {

    private PeriodKeys() {
    }

    /**
     * The key of each month of {@code months} (oldest first). Each month's rows, reports and
     * notes are hashed field by field in the order they were loaded (files by path, rows in file
     * order), which is the same for the same inputs; writing each of them out as text and sorting
     * the texts cost a noticeable part of loading a Bergen-sized project.
     */
    static Map<YearMonth, String> of(String fixed, Project project, List<YearMonth> months) {
        return of(fixed, dated(project, months));
    }

    /** The key of each month of {@code dated} ({@link #dated}) with the undated inputs' key {@code fixed}; none when that is null. */
    static Map<YearMonth, String> of(String fixed, Map<YearMonth, byte[]> dated) {
        Map<YearMonth, String> keys = new LinkedHashMap<>();
        if (fixed == null) {
            return keys;
        }
        byte[] undated = (fixed + "\n").getBytes(StandardCharsets.UTF_8);
        dated.forEach((month, chain) -> {
            MessageDigest sha = InputFingerprint.sha256();
            sha.update(undated);
            sha.update(chain);
            keys.put(month, HexFormat.of().formatHex(sha.digest()));
        });
        return keys;
    }

    /**
     * The hash of everything dated each month of {@code months} or earlier, chained month to
     * month (oldest first), without the undated inputs: the part of a month's key that every
     * page of the month shares, whichever undated inputs it draws on.
     */
    static Map<YearMonth, byte[]> dated(Project project, List<YearMonth> months) {
        Map<YearMonth, byte[]> chains = new LinkedHashMap<>();
        if (months.isEmpty()) {
            return chains;
        }
        // What is dated each month; anything before the first month counts with the first.
        YearMonth first = months.get(0);
        Map<YearMonth, Dated> dated = new HashMap<>();
        for (Measurement m : project.measurements()) {
            Dated d = dated(dated, m.period().end(), first);
            d.tag('M');
            d.text(m.kpi().unit());
            d.text(m.kpi().kpi());
            d.text(m.period().label());
            d.number(m.value());
            d.number(m.target());
            d.number(m.forecast());
            d.text(m.comment());
            d.pos(m.pos());
            if (m.target() != null && m.period().frequency() == Frequency.MONTHLY) {
                // A month's target is part of its year's target, which every month of the year
                // shows in the year outlook: so it is dated January too, and a target given in
                // October changes the pages of January to October of that year.
                Dated year = dated(dated, YearMonth.of(m.period().year(), 1), first);
                year.tag('T');
                year.text(m.kpi().unit());
                year.text(m.kpi().kpi());
                year.text(m.period().label());
                year.number(m.target());
            }
        }
        for (InitiativeReport r : project.initiativeReports()) {
            Dated d = dated(dated, r.month(), first);
            d.tag('I');
            d.text(r.unit());
            d.text(r.initiative());
            d.text(r.month().toString());
            d.number(r.complete());
            d.text(r.status() == null ? null : r.status().key());
            d.text(r.comment());
            d.pos(r.pos());
        }
        for (Note n : project.notes()) {
            Dated d = dated(dated, n.month(), first);
            d.tag('N');
            d.text(n.kpi().unit());
            d.text(n.kpi().kpi());
            d.text(n.month().toString());
            d.text(n.markdown());
            d.pos(n.pos());
        }
        byte[] chain = new byte[0];
        for (YearMonth month : months) {
            MessageDigest sha = InputFingerprint.sha256();
            sha.update(chain);
            Dated d = dated.get(month);
            if (d != null) {
                sha.update(d.sha.digest());
            }
            chain = sha.digest();
            chains.put(month, chain);
        }
        return chains;
    }

    private static Dated dated(Map<YearMonth, Dated> dated, YearMonth month, YearMonth first) {
        return dated.computeIfAbsent(month.isBefore(first) ? first : month, k -> new Dated());
    }

    /** The hash of what is dated one month, each field written with its length so that no two items read alike. */
    private static final class Dated {
        final MessageDigest sha = InputFingerprint.sha256();
        private final byte[] four = new byte[4];

        void tag(char kind) {
            sha.update((byte) kind);
        }

        void text(String text) {
            if (text == null) {
                count(-1);
                return;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            count(bytes.length);
            sha.update(bytes);
        }

        /** A number as written, scale included (12.50 is shown otherwise than 12.5). */
        void number(BigDecimal number) {
            text(number == null ? null : number.toString());
        }

        void pos(Pos pos) {
            text(pos.path());
            count(pos.line());
            count(pos.col());
            text(pos.sheet());
        }

        private void count(int n) {
            four[0] = (byte) (n >>> 24);
            four[1] = (byte) (n >>> 16);
            four[2] = (byte) (n >>> 8);
            four[3] = (byte) n;
            sha.update(four);
        }
    }
}
