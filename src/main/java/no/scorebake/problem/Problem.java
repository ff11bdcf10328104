package no.scorebake.problem;

import java.util.List;
import no.scorebake.model.Pos;

/** One thing wrong (or doubtful, for a warning) in a project file, with where it is. */
public record Problem(Pos pos, boolean warning, String message) implements Comparable<Problem> {

    /**
     * The order in which the parts of a project are listed: what other files refer to comes
     * first, so a broken organisation or scorecard is the first line a user reads, above the
     * data rows and notes that could not be checked because of it.
     */
    private static final List<String> LAYERS = List.of("model/site.yaml", "model/organisation.yaml", "model/scorecards/",
            "model/surveys/", "model/data/", "content/");

    static int layer(String path) {
        for (int i = 0; i < LAYERS.size(); i++) {
            String layer = LAYERS.get(i);
            if (path.startsWith(layer) || layer.endsWith("/") && path.equals(layer.substring(0, layer.length() - 1))) {
                return i;
            }
        }
        return LAYERS.size();
    }

    @Override
    public int compareTo(Problem o) {
        int c = Integer.compare(layer(pos.path()), layer(o.pos.path()));
        if (c == 0) {
            c = pos.path().compareTo(o.pos.path());
        }
        if (c == 0) {
            c = Integer.compare(pos.line(), o.pos.line());
        }
        if (c == 0) {
            c = Integer.compare(pos.col(), o.pos.col());
        }
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** {@code path:line:col: message}, with {@code warning: } before a warning's message. */
    @Override
    public String toString() {
        return pos + ": " + (warning ? "warning: " : "") + message;
    }
}
