package no.scorebake.model;

/**
 * A place in a project file, so every problem and every figure can say where it came from.
 * The path is relative to the project folder and always uses forward slashes; line and column
 * count from 1, and 0 means "not known".
 */
public record Pos(String path, int line, int col) {

    public static Pos of(String path) {
        return new Pos(path, 0, 0);
    }

    public static Pos line(String path, int line) {
        return new Pos(path, line, 0);
    }

    /** Writes the place as {@code path:line:col}, leaving out parts that are not known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(path);
        if (line > 0) {
            s.append(':').append(line);
            if (col > 0) {
                s.append(':').append(col);
            }
        }
        return s.toString();
    }
}
