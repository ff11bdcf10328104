package no.scorebake.load;

import no.scorebake.model.Pos;

/** One thing wrong (or doubtful, for a warning) in a project file, with where it is. */
public record Problem(Pos pos, boolean warning, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem o) {
        int c = pos.path().compareTo(o.pos.path());
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
