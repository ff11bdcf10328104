package no.scorebake.problem;

import java.util.ArrayList;
import java.util.List;
import no.scorebake.model.Pos;

/**
 * The user's input cannot be used: a file of the project, an option, or a folder named on the
 * command line. It carries the lines to show, each saying what is wrong, where
 * ({@code path:line:col: message} when the place is a file) and what would be valid; the command
 * line prints them and exits with the status for invalid input, so it is the one exception that
 * means "the user can fix this". Anything else that escapes is a disk's failure or a bug.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    /** A problem with no place in a file, shown as {@code scorebake: message}. */
    public InputException(String message) {
        this(message, null);
    }

    /** The same, for a problem found as the given exception, e.g. a host name that does not resolve. */
    public InputException(String message, Throwable cause) {
        super(message, cause);
        this.lines = List.of("scorebake: " + message);
    }

    /** A problem at a place in a project file, shown as {@code path:line:col: message}. */
    public InputException(Pos pos, String message) {
        this(List.of(new Problem(pos, false, Problems.oneLine(message)).toString()));
    }

    /** Lines to show exactly as they are, e.g. every problem of a project and their count. */
    public InputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    private InputException(List<String> lines, InputException cause) {
        super(String.join("\n", lines), cause);
        this.lines = List.copyOf(lines);
    }

    /** The lines to show, in order. */
    public List<String> lines() {
        return lines;
    }

    /** The same problem with one more line below, e.g. what a command left as it was. */
    public InputException followedBy(String line) {
        List<String> all = new ArrayList<>(lines);
        all.add(line);
        return new InputException(all, this);
    }
}
