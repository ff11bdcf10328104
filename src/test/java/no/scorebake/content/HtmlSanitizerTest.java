package no.scorebake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlSanitizerTest {

    static Stream<String> hostileHtml() {
        return Safety.HTML.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileHtml")
    void eachAttackIsDisarmed(String attack) {
        Safety.assertSafe(HtmlSanitizer.sanitize(attack));
        Safety.assertSafe(HtmlSanitizer.sanitize("<p>before " + attack + " after</p>"));
    }

    @Test
    void allAttacksTogetherAreDisarmedAndTheTextAroundThemStays() {
        StringBuilder html = new StringBuilder();
        Safety.HTML.forEach(a -> html.append("<p>keep</p>").append(a));
        String out = HtmlSanitizer.sanitize(html.toString());
        Safety.assertSafe(out);
        assertEquals(Safety.HTML.size(), out.split("<p>keep</p>", -1).length - 1);
    }

    @Test
    void linksKeepHttpHttpsMailtoAndRelativeAndLoseEverythingElse() {
        assertEquals("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">x</a>",
                HtmlSanitizer.sanitize("<a href=\"https://example.org/a?b=1&c=2\">x</a>"));
        assertEquals("<a href=\"http://example.org/\" rel=\"noopener noreferrer\">x</a>",
                HtmlSanitizer.sanitize("<a href=\"http://example.org/\" rel=\"opener\">x</a>"));
        assertEquals("<a href=\"mailto:bms@example.org\">x</a>", HtmlSanitizer.sanitize("<a href=\"mailto:bms@example.org\">x</a>"));
        assertEquals("<a href=\"../810/index.html#kpi\">x</a>", HtmlSanitizer.sanitize("<a href=\"../810/index.html#kpi\">x</a>"));
        assertEquals("<a href=\"#top\">x</a>", HtmlSanitizer.sanitize("<a href=\"#top\">x</a>"));
        // A link that is not allowed becomes its text.
        assertEquals("x", HtmlSanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("x", HtmlSanitizer.sanitize("<a href=\"//evil.example/\">x</a>"));
        assertEquals("x", HtmlSanitizer.sanitize("<a href=\"ftp://example.org/\">x</a>"));
        assertEquals("x", HtmlSanitizer.sanitize("<a name=\"anchor\">x</a>"));
        // Tabs and newlines inside, spaces around: removed, as a browser would.
        assertEquals("<a href=\"hjelp.html\">x</a>", HtmlSanitizer.sanitize("<a href=\" hj&#x09;elp.html\n\">x</a>"));
    }

    @Test
    void imagesMustBeRelative() {
        assertEquals("<img src=\"bilder/kart.png\" alt=\"Kart\">", HtmlSanitizer.sanitize("<img src=\"bilder/kart.png\" alt=\"Kart\">"));
        assertEquals("", HtmlSanitizer.sanitize("<img src=\"https://example.org/kart.png\" alt=\"Kart\">"));
        assertEquals("", HtmlSanitizer.sanitize("<img src=\"//example.org/kart.png\">"));
        assertEquals("", HtmlSanitizer.sanitize("<img src=\"data:image/png;base64,iVBORw0KGgo=\">"));
        assertEquals("", HtmlSanitizer.sanitize("<img alt=\"no source\">"));
    }

    @Test
    void tablesKeepAlignmentAndSpans() {
        String table = "<table><thead><tr><th align=\"left\">a</th><th align=\"right\" colspan=\"2\">b</th></tr></thead>"
                + "<tbody><tr><td align=\"center\" rowspan=\"2\">1</td></tr></tbody></table>";
        assertEquals(table, HtmlSanitizer.sanitize(table));
    }

    @Test
    void whatMarkdownWritesSurvives() {
        String html = "<h2>T</h2>\n<p><em>a</em> <strong>b</strong> <del>c</del> <code>d</code></p>\n<hr>\n"
                + "<blockquote>\n<p>q</p>\n</blockquote>\n<ol start=\"3\">\n<li>x</li>\n</ol>\n<dl>\n<dt>t</dt>\n<dd>d</dd>\n</dl>\n"
                + "<pre><code class=\"language-java\">int x;\n</code></pre>\n";
        assertEquals(html.replace(" class=\"language-java\"", ""), HtmlSanitizer.sanitize(html));
    }

    @Test
    void anH1MovesEveryHeadingOneLevelDownSoThePageKeepsItsOnlyH1() {
        assertEquals("<h2>A</h2><h3>B</h3><h6>E</h6><h6>F</h6>", HtmlSanitizer.sanitize("<h1>A</h1><h2>B</h2><h5>E</h5><h6>F</h6>"));
        assertEquals("<h2>A</h2><h3>B</h3>", HtmlSanitizer.sanitize("<h2>A</h2><h3>B</h3>"));
    }

    @Test
    void outputIsUtf8TextWithoutPrettyPrintingAndTheSameEachTime() {
        String in = "<p>Måltall «Til å stole på» – 1&nbsp;234,5 &amp; mer</p>\n<ul>\n<li>a</li>\n</ul>\n";
        String out = HtmlSanitizer.sanitize(in);
        assertEquals("<p>Måltall «Til å stole på» – 1&nbsp;234,5 &amp; mer</p>\n<ul>\n<li>a</li>\n</ul>\n", out);
        assertEquals(out, HtmlSanitizer.sanitize(in));
        assertEquals(out, HtmlSanitizer.sanitize(out), "sanitising is idempotent");
        assertEquals("", HtmlSanitizer.sanitize(null));
    }

    @Test
    void theCheckerItselfCatchesWhatItShould() {
        // Guard against a checker that passes everything.
        for (String bad : new String[] {"<script>x</script>", "<p onclick=\"x\">a</p>", "<a href=\"javascript:x\">a</a>",
                "<a href=\"java&#x09;script:x\">a</a>", "<img src=\"https://x/y.png\">", "<a href=\"//x/\">a</a>", "<p style=\"x\">a</p>"}) {
            boolean failed;
            try {
                Safety.assertSafe(bad);
                failed = false;
            } catch (AssertionError e) {
                failed = true;
            }
            assertTrue(failed, "checker let through " + bad);
        }
        assertFalse(HtmlSanitizer.sanitize("<p>ok</p>").isEmpty());
    }
}
