package no.scorebake.map;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Accepts only relative URLs (a path, query or fragment of the portal itself), so that a box can
 * never link to {@code javascript:}, {@code data:} or another host, and the site keeps working
 * from {@code file://} and from any sub-folder.
 */
final class SafeHref {

    private SafeHref() {
    }

    /**
     * The URL ready for an attribute (percent-encoded where needed, not yet XML-escaped), or empty
     * when it is blank or not relative: it has a scheme (a colon before the first {@code /},
     * {@code ?} or {@code #}, which RFC 3986 does not allow in a relative path's first segment),
     * or starts with {@code /} or {@code \} (root or network path, {@code //host}).
     * Browsers drop tabs and line breaks anywhere in a URL and C0 controls and spaces at its ends
     * before they look for a scheme; this does the same before deciding.
     */
    static Optional<String> relative(String href) {
        if (href == null) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(href.length());
        href.codePoints().filter(cp -> cp != '\t' && cp != '\n' && cp != '\r').forEach(s::appendCodePoint);
        String u = strip(s.toString());
        if (u.isEmpty() || u.charAt(0) == '/' || u.charAt(0) == '\\') {
            return Optional.empty();
        }
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == ':') {
                return Optional.empty();
            }
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                break;
            }
        }
        StringBuilder out = new StringBuilder(u.length() + 8);
        for (int i = 0; i < u.length(); ) {
            int cp = u.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > 0x20 && cp < 0x7F && "\"<>\\^`{|}".indexOf(cp) < 0) {
                out.append((char) cp);
            } else if (XmlText.allowed(cp) || cp == ' ') {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            // anything else (controls, lone surrogates) is dropped
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) <= ' ') {
            a++;
        }
        while (b > a && s.charAt(b - 1) <= ' ') {
            b--;
        }
        return s.substring(a, b);
    }
}
