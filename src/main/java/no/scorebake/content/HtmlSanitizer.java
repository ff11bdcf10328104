package no.scorebake.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes HTML written by editors (or rendered from their Markdown) safe to put inside a portal
 * page, the same way every time.
 *
 * <ul>
 * <li>Elements and attributes: jsoup's {@link Safelist#relaxed()} (text formatting, lists,
 *     tables, headings, links, images, quotes, code), plus {@code hr}, {@code del}, {@code s},
 *     {@code ins} (Markdown's {@code ---} and {@code ~~struck~~}) and {@code align} on table cells
 *     (flexmark writes it for {@code |:--|}). Everything else goes: {@code script}, {@code style},
 *     {@code iframe}, {@code object}, {@code svg}, {@code math}, {@code form}, inputs, comments,
 *     and every {@code style}, {@code class}, {@code id} and {@code on*} attribute.</li>
 * <li>Links ({@code a href}): http, https and mailto, or relative. A link with any other scheme
 *     ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:} …) or a network-path
 *     link ({@code //host/x}, which from {@code file://} opens a Windows share) loses its
 *     {@code href} and becomes plain text. http(s) links get {@code rel="noopener noreferrer"}.</li>
 * <li>Images: only a relative {@code src} (the picture travels with the site); any other image
 *     is removed, so the portal never loads anything from elsewhere.</li>
 * <li>{@code cite} of quotes: http, https or relative, else dropped.</li>
 * <li>Headings: the portal page has the only {@code h1}; when the text has an {@code h1}, every
 *     heading moves one level down ({@code h6} stays {@code h6}).</li>
 * </ul>
 *
 * URLs are checked the way browsers read them: control characters and spaces around them, and
 * tabs and newlines inside them ({@code java&#x09;script:}), are removed first, and the cleaned
 * value is what is written. Relative URLs are kept exactly relative; {@link #isRelative} tells a
 * caller which ones to prefix. Output is UTF-8 text with only {@code & < > "} and no-break space
 * escaped, no pretty-printing: the same input gives the same bytes.
 */
public final class HtmlSanitizer {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> QUOTE_SCHEMES = Set.of("http", "https");
    private static final String REL_EXTERNAL = "noopener noreferrer";

    private static final Safelist SAFELIST = Safelist.relaxed()
            // Our own URL rules below replace jsoup's protocol lists, which would also drop every
            // relative URL unless given a made-up base URI.
            .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
            .removeProtocols("img", "src", "http", "https")
            .removeProtocols("blockquote", "cite", "http", "https")
            .removeProtocols("q", "cite", "http", "https")
            // What Markdown writes and relaxed() lacks: --- and ~~struck~~.
            .addTags("hr", "del", "s", "ins")
            .addAttributes("th", "align")
            .addAttributes("td", "align");

    private HtmlSanitizer() {
    }

    /** The safe form of an HTML fragment (body content), as described above. */
    public static String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, "");
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        Element body = clean.body();
        checkUrls(body);
        demoteHeadings(body);
        clean.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base)
                .syntax(Document.OutputSettings.Syntax.html);
        return body.html();
    }

    private static void checkUrls(Element body) {
        for (Element img : new ArrayList<>(body.select("img"))) {
            String src = browserForm(img.attr("src"));
            if (!img.hasAttr("src") || src.isEmpty() || !pageRelative(src)) {
                img.remove();
            } else {
                img.attr("src", src);
                if (!img.hasAttr("alt")) {
                    // A screen reader would read the file name of an image its author gave no text: treat it as decoration.
                    img.attr("alt", "");
                }
            }
        }
        for (Element a : new ArrayList<>(body.select("a"))) {
            if (!a.hasAttr("href")) {
                a.unwrap();
                continue;
            }
            String href = browserForm(a.attr("href"));
            String scheme = scheme(href);
            if (isNetworkPath(href) || (scheme != null && !LINK_SCHEMES.contains(scheme))) {
                a.unwrap();
                continue;
            }
            a.attr("href", href);
            if ("http".equals(scheme) || "https".equals(scheme)) {
                a.attr("rel", REL_EXTERNAL);
            }
        }
        for (Element quote : body.select("blockquote[cite], q[cite]")) {
            String cite = browserForm(quote.attr("cite"));
            String scheme = scheme(cite);
            if (isNetworkPath(cite) || (scheme != null && !QUOTE_SCHEMES.contains(scheme))) {
                quote.removeAttr("cite");
            } else {
                quote.attr("cite", cite);
            }
        }
    }

    /** A URL that stays on this site and names a file: no scheme, no {@code //host}, not empty. */
    private static boolean pageRelative(String url) {
        return !isNetworkPath(url) && scheme(url) == null;
    }

    /** {@code //host/x}; browsers read a backslash as a slash here. */
    private static boolean isNetworkPath(String url) {
        String u = url.replace('\\', '/');
        return u.startsWith("//");
    }

    /**
     * The scheme in lower case, or null when the URL has none. Stricter than a browser: any colon
     * before the first {@code / ? #} counts as a scheme, valid or not, so nothing that a browser
     * might read as a scheme passes as relative ({@code ./a:b} is the relative way to write it).
     */
    private static String scheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return url.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                return null;
            }
        }
        return null;
    }

    /**
     * The URL as a browser sees it: C0 controls and spaces removed from both ends, tabs and line
     * breaks removed everywhere (WHATWG URL parsing). Other control characters inside are removed
     * too; they have no business in a link.
     */
    static String browserForm(String url) {
        if (url == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                s.append(c);
            }
        }
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= 0x20) {
            end--;
        }
        return s.substring(start, end);
    }

    private static void demoteHeadings(Element body) {
        if (body.selectFirst("h1") == null) {
            return;
        }
        List<Element> headings = new ArrayList<>(body.select("h1, h2, h3, h4, h5"));
        for (Element h : headings) {
            int level = h.tagName().charAt(1) - '0';
            h.tagName("h" + (level + 1));
        }
    }
}
