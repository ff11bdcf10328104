package no.scorebake.model;

/**
 * A place in a project file, so every problem and every figure can say where it came from.
 * The path is relative to the project folder and always uses forward slashes; line and column
 * count from 1, and 0 means "not known". In a spreadsheet the place is a cell: {@code sheet}
 * names the worksheet, {@code line} is the row and {@code col} the column, written the way
 * Excel writes a reference ({@code Data!B12}) so a coordinator can type it into the Name Box.
 */
public record Pos(String path, int line, int col, String sheet) {

    public Pos(String path, int line, int col) {
        this(path, line, col, null);
    }

    public static Pos of(String path) {
        return new Pos(path, 0, 0);
    }

    public static Pos line(String path, int line) {
        return new Pos(path, line, 0);
    }

    /** A cell of a worksheet; row and column count from 1. */
    public static Pos cell(String path, String sheet, int row, int col) {
        return new Pos(path, row, col, sheet);
    }

    /** Writes the place as {@code path:line:col} or {@code path:Sheet!B12}, leaving out parts that are not known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(path);
        if (sheet != null) {
            s.append(':').append(sheetName(sheet)).append('!');
            if (line > 0) {
                s.append(columnLetters(Math.max(col, 1))).append(line);
            } else {
                s.append("A1");
            }
            return s.toString();
        }
        if (line > 0) {
            s.append(':').append(line);
            if (col > 0) {
                s.append(':').append(col);
            }
        }
        return s.toString();
    }

    /** Excel's column letters: 1 is A, 26 is Z, 27 is AA. */
    public static String columnLetters(int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits and _. */
    private static String sheetName(String name) {
        boolean plain = !name.isEmpty() && !Character.isDigit(name.charAt(0))
                && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        return plain ? name : "'" + name.replace("'", "''") + "'";
    }
}
