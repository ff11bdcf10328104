package no.scorebake.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Hostile input, and an independent check (not using the sanitiser's code) that output is safe. */
final class Safety {

    private Safety() {
    }

    /** Raw HTML attacks, each on its own; Markdown passes inline and block HTML through to the sanitiser. */
    static final List<String> HTML = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"java&#x09;script:alert(1)\">tab</a>",
            "<a href=\"java&#x0A;script:alert(1)\">newline</a>",
            "<a href=\" &#x0E;javascript:alert(1)\">control</a>",
            "<a href=\"&#106;avascript:alert(1)\">entity</a>",
            "<a href=\"javascript&colon;alert(1)\">colon entity</a>",
            "<a href=\"JAVASCRIPT:alert(1)\">upper</a>",
            "<a href=\"vbscript:msgbox(1)\">vb</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
            "<a href=\"//evil.example/x\">network path</a>",
            "<a href=\"\\\\evil\\share\\x\">unc</a>",
            "<a href=\"/\\evil.example/x\">slash backslash</a>",
            "<a href=\"file:///etc/passwd\">file</a>",
            "<svg onload=alert(1)><circle r=\"1\"/></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<style>body { background: url(javascript:alert(1)) }</style>",
            "<div style=\"background:url(javascript:alert(1))\">styled</div>",
            "<p style=\"position:fixed;top:0\" class=\"status-green\" id=\"search\">clobber</p>",
            "<form action=\"https://evil.example/\"><input name=\"pw\"><button formaction=\"javascript:alert(1)\">go</button></form>",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "<table background=\"javascript:alert(1)\"><tr><td onmouseover=\"alert(1)\">cell</td></tr></table>",
            "<blockquote cite=\"javascript:alert(1)\">quote</blockquote>",
            "<q cite=\"data:text/html,x\">q</q>",
            "<img src=\"https://evil.example/track.png\">",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<img src=\"//evil.example/x.png\">",
            "<a href=\"x.html\" target=\"_blank\" onclick=\"alert(1)\">target</a>",
            "<textarea><img src=x onerror=alert(1)></textarea>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<template><script>alert(1)</script></template>",
            "<!--[if IE]><script>alert(1)</script><![endif]-->");

    /** Markdown link and image syntax that produces dangerous URLs. */
    static final List<String> MARKDOWN = List.of(
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "[x](javascript:alert(1) \"title\")",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![x](https://evil.example/track.png)",
            "[x](//evil.example/)");

    /** Everything at once, as one document, with Markdown in between. */
    static String all() {
        StringBuilder s = new StringBuilder("## Hostile\n\n");
        for (String h : HTML) {
            s.append(h).append("\n\nText ").append(h).append(" inline.\n\n");
        }
        for (String m : MARKDOWN) {
            s.append(m).append("\n\n");
        }
        return s.toString();
    }

    private static final Set<String> FORBIDDEN = Set.of("script", "iframe", "svg", "math", "style", "form", "input", "button",
            "object", "embed", "base", "meta", "link", "textarea", "noscript", "template", "frame", "frameset", "applet");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction", "background",
            "xlink:href", "data", "srcdoc", "poster", "srcset");

    /** Fails unless the HTML is safe by the portal's rules, checked by parsing it as a browser would. */
    static void assertSafe(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            assertFalse(FORBIDDEN.contains(tag), () -> "<" + tag + "> in output:\n" + html);
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> "event handler " + key + " in output:\n" + html);
                assertFalse(key.equals("style") || key.equals("id") || key.equals("class") || key.equals("target"),
                        () -> "attribute " + key + " in output:\n" + html);
                String squeezed = squeeze(a.getValue());
                assertFalse(squeezed.contains("javascript:") || squeezed.contains("vbscript:") || squeezed.contains("data:"),
                        () -> "dangerous value in " + key + ": " + html);
                if (URL_ATTRIBUTES.contains(key)) {
                    checkUrl(tag, key, a.getValue(), html);
                }
            }
        }
    }

    private static void checkUrl(String tag, String key, String value, String html) {
        String u = squeeze(value).replace('\\', '/');
        if (u.startsWith("//")) {
            fail("network-path URL " + value + " in " + tag + ": " + html);
        }
        int colon = u.indexOf(':');
        int end = firstOf(u, "/?#");
        String scheme = colon >= 0 && (end < 0 || colon < end) ? u.substring(0, colon) : null;
        if (tag.equals("img")) {
            assertTrue(scheme == null, () -> "image not relative: " + value + " in " + html);
        } else if (scheme != null) {
            assertTrue(Set.of("http", "https", "mailto").contains(scheme), () -> "scheme " + scheme + " in " + html);
        }
    }

    /** Lower case, without any control character or space anywhere (stricter than a browser). */
    private static String squeeze(String v) {
        StringBuilder s = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c > 0x20 && c != 0x7F) {
                s.append(Character.toLowerCase(c));
            }
        }
        return s.toString();
    }

    private static int firstOf(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
