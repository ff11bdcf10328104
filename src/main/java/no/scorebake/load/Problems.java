package no.scorebake.load;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import no.scorebake.model.Pos;

/**
 * Collects every problem of a run, so the user sees all of them at once rather than one per try.
 * Errors stop the build; warnings are shown and the build goes on.
 */
public final class Problems {

    private final List<Problem> all = new ArrayList<>();

    public synchronized void error(Pos pos, String message) {
        all.add(new Problem(pos, false, oneLine(message)));
    }

    public synchronized void warning(Pos pos, String message) {
        all.add(new Problem(pos, true, oneLine(message)));
    }

    /** A message quoting multi-line user text still prints as one line, so each problem is one line. */
    private static String oneLine(String message) {
        return message.replace("\r\n", "\n").replace('\r', '\n').replace("\n", " \u21B5 ");
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(p -> !p.warning());
    }

    /** Errors sorted by path, line and column; the same problem reported twice is shown once. */
    public synchronized List<Problem> errors() {
        return sorted(false);
    }

    /** Warnings sorted by path, line and column. */
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
        return List.copyOf(set);
    }
}
