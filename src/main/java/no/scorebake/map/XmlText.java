package no.scorebake.map;

/** User text made safe for XML 1.0: cleaned of what XML forbids, then escaped. */
final class XmlText {

    private XmlText() {
    }

    /**
     * The text with every character XML 1.0 does not allow removed (C0 controls, lone surrogates,
     * U+FFFE/U+FFFF), together with the ones it discourages or that could reorder neighbouring
     * text (C1 controls, noncharacters, bidi embeddings, overrides and isolates, which need a
     * partner the user text may not have). Line breaks and tabs become spaces, runs of white space
     * one space, and the ends are trimmed. Bidi marks (LRM, RLM, ALM) stay: they need no partner.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r' || Character.isSpaceChar(cp) && cp != 0x00A0 && cp != 0x202F) {
                space = true;
                continue;
            }
            if (!allowed(cp)) {
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    static boolean allowed(int cp) {
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return false;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return false; // a lone surrogate: codePointAt returns it when it has no partner
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) {
            return false; // noncharacters, U+FFFE and U+FFFF among them
        }
        if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            return false;
        }
        return cp <= 0x10FFFF;
    }

    /** Escapes a cleaned text for element content and for double- or single-quoted attributes. */
    static String escape(String s) {
        return no.scorebake.text.Html.escape(s);
    }

    /** {@link #clean} then {@link #escape}. */
    static String text(String s) {
        return escape(clean(s));
    }
}
