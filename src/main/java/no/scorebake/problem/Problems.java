package no.scorebake.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.scorebake.model.Pos;

/**
 * Collects every problem of a run, so the user sees all of them at once rather than one per try.
 * Errors stop the build; warnings are shown and the build goes on.
 *
 * <p>A junk file can hold a million bad rows, so each file keeps at most {@link #PER_FILE}
 * errors and as many warnings; the rest are counted and reported in one closing line. User text
 * quoted in a message is shortened when it is very long, so every problem stays one readable line.
 */
public final class Problems {

    /** The most errors (and, apart, warnings) listed for one file. */
    public static final int PER_FILE = 50;

    /** Quoted text longer than this is shortened in messages. */
    static final int QUOTE = 200;

    private static final Pattern LONG_QUOTE = Pattern.compile("'([^'\\n]{60})[^'\\n]{" + (QUOTE - 60) + ",}'");

    private final List<Problem> all = new ArrayList<>();
    /** Every problem in the order reported, none left out, when these problems are only recorded to be passed on ({@link #recording}); else null. */
    private final List<Problem> recorded;
    private final Map<String, Integer> listed = new HashMap<>();
    private final Map<String, Unlisted> unlisted = new HashMap<>();

    /** What was not listed for one file and kind: how many, and where the first of them was. */
    private record Unlisted(Pos first, int count) {
    }

    public Problems() {
        this(null);
    }

    private Problems(List<Problem> recorded) {
        this.recorded = recorded;
    }

    /**
     * Problems that are only recorded, every one in the order reported, for work done on
     * another thread whose problems must reach the project's in a fixed order: {@link #passOn}
     * hands them on later, as if they were reported there and then.
     */
    public static Problems recording() {
        return new Problems(new ArrayList<>());
    }

    /** How many problems were recorded so far (see {@link #recording}). */
    public synchronized int recorded() {
        return recorded.size();
    }

    /** Reports the recorded problems {@code from} (inclusive) to {@code until} (exclusive) to {@code to}, in order. */
    public synchronized void passOn(Problems to, int from, int until) {
        for (Problem p : recorded.subList(from, until)) {
            to.report(p);
        }
    }

    private synchronized void report(Problem p) {
        add(p);
    }

    public synchronized void error(Pos pos, String message) {
        add(new Problem(pos, false, oneLine(message)));
    }

    public synchronized void warning(Pos pos, String message) {
        add(new Problem(pos, true, oneLine(message)));
    }

    private void add(Problem p) {
        if (recorded != null) {
            recorded.add(p);
            return;
        }
        String key = p.warning() + "\t" + p.pos().path();
        if (listed.merge(key, 1, Integer::sum) <= PER_FILE) {
            all.add(p);
        } else {
            unlisted.merge(key, new Unlisted(p.pos(), 1), (a, b) -> new Unlisted(a.first(), a.count() + 1));
        }
    }

    /** A message quoting multi-line or very long user text still prints as one readable line. */
    static String oneLine(String message) {
        String s = message.replace("\r\n", "\n").replace('\r', '\n');
        s = LONG_QUOTE.matcher(s).replaceAll("'$1…'");
        return s.replace("\n", " \u21B5 ");
    }

    /** How many errors were reported, listed or not. */
    public synchronized int errorCount() {
        int unlistedErrors = unlisted.entrySet().stream().filter(e -> e.getKey().startsWith("false\t")).mapToInt(e -> e.getValue().count()).sum();
        return (int) all.stream().filter(p -> !p.warning()).count() + unlistedErrors;
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(p -> !p.warning());
    }

    /** Errors sorted by part of the project, path, line and column; the same problem reported twice is shown once. */
    public synchronized List<Problem> errors() {
        return sorted(false);
    }

    /** Warnings sorted by part of the project, path, line and column. */
    public synchronized List<Problem> warnings() {
        return sorted(true);
    }

    private List<Problem> sorted(boolean warning) {
        TreeSet<Problem> set = new TreeSet<>();
        for (Problem p : all) {
            if (p.warning() == warning) {
                set.add(p);
            }
        }
        unlisted.forEach((key, u) -> {
            if (key.startsWith(warning + "\t")) {
                set.add(new Problem(u.first(), warning, u.count() + " more " + (warning ? "warnings" : "errors")
                        + " in this file from here on are not listed; the first " + PER_FILE + " are above"
                        + (warning ? "" : " (is it really a file of the model?)")));
            }
        });
        return List.copyOf(set);
    }
}
