package no.scorebake.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a text is drawn and wraps it into lines of a given width.
 *
 * <p>No font is measured at build time (the reader's browser chooses {@code system-ui}), so the
 * estimate uses the advance widths of DejaVu Sans (what {@code system-ui} is on many Linux
 * desktops), which is wider than Segoe UI, Roboto, Helvetica and Arial, plus a safety margin of
 * 4 %: text that fits by this estimate fits in those fonts too.
 */
final class TextFit {

    /** DejaVu Sans advance widths for U+0020..U+007E in hundredths of an em. */
    private static final int[] REGULAR = {
        32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
        34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63,
        61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97,
        63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84};
    /** DejaVu Sans Bold advance widths for U+0020..U+007E in hundredths of an em. */
    private static final int[] BOLD = {
        35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70,
        40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72,
        68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104,
        71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84};
    private static final double SAFETY = 1.04;
    static final String ELLIPSIS = "\u2026";

    private TextFit() {
    }

    /** Estimated width in pixels of {@code s} at font size {@code size}. */
    static double width(String s, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            em += advance(cp, bold);
        }
        return em * size * SAFETY;
    }

    private static double advance(int cp, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        if (cp >= 0x20 && cp <= 0x7E) {
            return table[cp - 0x20] / 100.0;
        }
        switch (cp) {
            case 0xA0, 0x202F: return table[0] / 100.0;
            case 0xE6: return bold ? 1.05 : 0.98;            // æ
            case 0xC6, 0x152, 0x153: return bold ? 1.08 : 0.98; // Æ Œ œ
            case 0xF8: return bold ? 0.69 : 0.61;            // ø
            case 0xD8: return bold ? 0.85 : 0.79;            // Ø
            case 0xDF: return bold ? 0.72 : 0.64;            // ß
            case 0x2026, 0x2014: return 1.0;                 // … —
            case 0x2013: return 0.5;                         // –
            case 0x25CF, 0x25CB: return 0.87;                // ● ○
            case 0x25B2, 0x25C6, 0x25A0: return 0.77;        // ▲ ◆ ■
            default: break;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
            return 0;
        }
        if (cp < 0x250 || cp >= 0x1E00 && cp < 0x1F00) {
            // Latin with diacritics: as wide as its base letter
            String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
            int b = base.codePointAt(0);
            if (b >= 0x20 && b <= 0x7E) {
                return table[b - 0x20] / 100.0;
            }
        }
        if (wide(cp)) {
            return 1.0;
        }
        if (cp >= 0x10000) {
            return 1.3; // emoji and other pictographs
        }
        return bold ? 0.8 : 0.72;
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFF60;
    }

    /**
     * Wraps {@code text} (already {@link XmlText#clean cleaned}) into at most {@code maxLines} lines
     * no wider than {@code maxWidth}: lines break at spaces and after a hyphen or slash; a word too
     * long for a line is broken with a hyphen; text left over after the last line is cut and the
     * last line ends with an ellipsis. Empty text gives no lines.
     */
    static List<String> wrap(String text, double maxWidth, double size, boolean bold, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty() || maxLines < 1) {
            return lines;
        }
        String line = "";
        boolean overflow = false;
        outer:
        for (Piece piece : pieces(text)) {
            String joined = line.isEmpty() ? piece.text : line + (piece.spaceBefore ? " " : "") + piece.text;
            if (width(joined, size, bold) <= maxWidth) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
                line = "";
                if (lines.size() == maxLines) {
                    overflow = true;
                    break;
                }
            }
            List<String> parts = breakWord(piece.text, maxWidth, size, bold);
            for (int i = 0; i < parts.size() - 1; i++) {
                lines.add(parts.get(i));
                if (lines.size() == maxLines) {
                    overflow = true;
                    break outer;
                }
            }
            String rest = parts.get(parts.size() - 1);
            line = rest;
        }
        if (!overflow && !line.isEmpty()) {
            lines.add(line);
        }
        if (overflow) {
            int last = lines.size() - 1;
            String l = lines.get(last);
            if (l.endsWith("-") && !l.endsWith(" -")) {
                l = l.substring(0, l.length() - 1);
            }
            if (width(l + ELLIPSIS, size, bold) > maxWidth) {
                l = l.substring(0, longestPrefix(l, maxWidth, size, bold, ELLIPSIS));
            }
            lines.set(last, l.stripTrailing() + ELLIPSIS);
        }
        return lines;
    }

    /**
     * A word too wide for one line, broken into lines ending in a hyphen. When two lines do, the
     * break is the one that makes them most even with at least three characters on each side
     * (by characters: compound words tend to break near their middle, "leverings-presisjon"); otherwise each line
     * is filled as far as it goes.
     */
    static List<String> breakWord(String word, double maxWidth, double size, boolean bold) {
        List<String> out = new ArrayList<>();
        if (width(word, size, bold) <= maxWidth) {
            out.add(word);
            return out;
        }
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        int chars = word.codePointCount(0, word.length());
        int before = 0;
        for (int i = 0; i < word.length(); ) {
            i += Character.charCount(word.codePointAt(i));
            before++;
            if (i >= word.length() || !boundary(word, i)) {
                continue;
            }
            String a = word.substring(0, i);
            String b = word.substring(i);
            double wa = width(a + "-", size, bold);
            double wb = width(b, size, bold);
            if (wa > maxWidth || wb > maxWidth) {
                continue;
            }
            double score = Math.abs(2 * before - chars) + Math.abs(wa - wb) / 1000
                    + (before < 3 || chars - before < 3 ? 1000 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best > 0) {
            out.add(word.substring(0, best) + "-");
            out.add(word.substring(best));
            return out;
        }
        String rest = word;
        while (width(rest, size, bold) > maxWidth) {
            int cut = longestPrefix(rest, maxWidth, size, bold, "-");
            out.add(rest.substring(0, cut) + "-");
            rest = rest.substring(cut);
        }
        out.add(rest);
        return out;
    }

    /** Length of the longest prefix of {@code s} that ends at a character boundary and fits with {@code suffix}; at least one character. */
    private static int longestPrefix(String s, double maxWidth, double size, boolean bold, String suffix) {
        int best = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (i < s.length() && !boundary(s, i)) {
                continue;
            }
            if (width(s.substring(0, i) + suffix, size, bold) > maxWidth) {
                break;
            }
            best = i;
        }
        if (best > 0) {
            return best;
        }
        int i = Character.charCount(s.codePointAt(0));
        while (i < s.length() && !boundary(s, i)) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    /** Whether a line may break before index {@code i}: not inside a surrogate pair, before a mark, or around a joiner. */
    private static boolean boundary(String s, int i) {
        int next = s.codePointAt(i);
        int prev = s.codePointBefore(i);
        int type = Character.getType(next);
        return !(type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || next == 0x200D || prev == 0x200D
                || next >= 0xFE00 && next <= 0xFE0F || next >= 0xE0100 && next <= 0xE01EF
                || next >= 0x1F3FB && next <= 0x1F3FF);
    }

    private record Piece(String text, boolean spaceBefore) {
    }

    /** The text split at spaces and after hyphens and slashes that have letters on both sides. */
    private static List<Piece> pieces(String text) {
        List<Piece> out = new ArrayList<>();
        boolean first = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int start = 0;
            boolean space = !first;
            for (int i = 1; i < word.length() - 1; i++) {
                char c = word.charAt(i);
                if ((c == '-' || c == '/') && Character.isLetterOrDigit(word.charAt(i - 1))
                        && Character.isLetterOrDigit(word.charAt(i + 1))) {
                    out.add(new Piece(word.substring(start, i + 1), space));
                    space = false;
                    start = i + 1;
                }
            }
            out.add(new Piece(word.substring(start), space));
            first = false;
        }
        return out;
    }
}
