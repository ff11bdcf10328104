package no.scorebake.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks {@code accessibility-statement:} of site.yaml, the address every page's footer links as
 * the site's accessibility statement (which Norwegian public bodies must publish): either an
 * absolute {@code http(s)} address, such as the statement on uustatus.no, or a path relative to
 * the site's top, such as an editorial page ({@code pages/tilgjengelighet.html}), which each
 * page prefixes with its way to the top so it works from {@code file://} too.
 */
final class AccessibilityStatement {

    private AccessibilityStatement() {
    }

    static boolean valid(String address) {
        return why(address) == null;
    }

    /** What is wrong with the address, as the rest of a sentence, or null when it can be linked. */
    static String why(String address) {
        String rule = "; give an http(s) address or a path relative to the site's top, such as pages/tilgjengelighet.html";
        if (address.isBlank() || address.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == 0x7f)) {
            return "not an address (it is empty, or holds a space or a backslash)" + rule;
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return "not an address: " + e.getReason() + rule;
        }
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "a " + scheme + ": address" + rule;
            }
            return uri.getHost() == null ? "an address without a host" + rule : null;
        }
        if (address.startsWith("/")) {
            return "a path from the server's top, which does not work from a file share or a sub-folder" + rule;
        }
        return null;
    }
}
