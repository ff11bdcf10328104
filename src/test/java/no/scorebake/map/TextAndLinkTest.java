package no.scorebake.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The helpers under the map: XML text, relative links, width estimates and wrapping. */
class TextAndLinkTest {

    @Test
    void cleaningRemovesWhatXmlForbidsAndKeepsTheRest() {
        assertEquals("a b c", XmlText.clean(" a\u0000\tb\n\r c\u0001 "));
        assertEquals("ab", XmlText.clean("a\uFFFE\uFFFF\uFDD0b"));
        assertEquals("ab", XmlText.clean("a\uD800b"), "lone high surrogate");
        assertEquals("ab", XmlText.clean("a\uDC00b"), "lone low surrogate");
        assertEquals("a\uD83D\uDE00b", XmlText.clean("a\uD83D\uDE00b"), "a pair stays");
        assertEquals("ab", XmlText.clean("a\u0085\u009Fb"), "C1 controls");
        assertEquals("a\u200Fb", XmlText.clean("a\u202E\u200Fb\u202C"), "marks stay, overrides go");
        assertEquals("1\u00A0%", XmlText.clean("1\u00A0%"), "no-break space stays");
        assertEquals("", XmlText.clean(null));
    }

    @Test
    void escapingMakesTextSafeInContentAndAttributes() {
        assertEquals("&lt;script&gt; &amp; &quot;q&quot; &#39;s&#39; ]]&gt;", XmlText.escape("<script> & \"q\" 's' ]]>"));
        Svg.parse("<x a=\"" + XmlText.text("\"'<>&]]>\u0000") + "\">" + XmlText.text("]]><![CDATA[\uFFFE") + "</x>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html#obj-delivery", "../810/index.html", "kpi/user-faults.html?p=2005-08",
        "#obj-x", "./a:b.html", "map.html"})
    void relativeLinksAreKept(String href) {
        assertEquals(Optional.of(href), SafeHref.relative(href));
    }

    @Test
    void linksArePercentEncodedWhereNeeded() {
        assertEquals(Optional.of("a%20b.html"), SafeHref.relative("a b.html"));
        assertEquals(Optional.of("%C3%B8.html#%22x%22"), SafeHref.relative("ø.html#\"x\""));
        assertEquals(Optional.of("a%5Cb.html"), SafeHref.relative("a\\b.html"));
        assertEquals(Optional.of("index.html"), SafeHref.relative("  index.html\n"));
        assertEquals(Optional.of("ab.html"), SafeHref.relative("a\u0000b.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:x", "java\tscript:x",
        "java\r\nscript:x", "\u0000javascript:x", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x",
        "http://example.com", "https://example.com/a", "file:///etc/passwd", "mailto:x@y", "//example.com/x",
        "\\\\example.com\\x", "/\\example.com", "\\/example.com", "/index.html", "", " ", "\t"})
    void anythingElseIsRefused(String href) {
        assertEquals(Optional.empty(), SafeHref.relative(href));
    }

    @Test
    void widthsAreEstimatedGenerously() {
        // DejaVu Sans, 13 px: "Brukertilpassede" measures 109.7 px
        double w = TextFit.width("Brukertilpassede", 13, false);
        assertTrue(w >= 109.7 && w < 116, "" + w);
        assertTrue(TextFit.width("W", 13, true) > TextFit.width("W", 13, false));
        assertEquals(TextFit.width("a", 13, false), TextFit.width("å", 13, false), 1e-9);
        assertEquals(0, TextFit.width("\u200F\u0301", 13, false), 1e-9);
        assertTrue(TextFit.width("中文", 13, false) >= 26);
    }

    @Test
    void wrappingBreaksAtSpacesHyphensAndSlashes() {
        assertEquals(List.of("Høy opplevd", "kundetilfredshet"), TextFit.wrap("Høy opplevd kundetilfredshet", 120, 13, false, 5));
        assertEquals(List.of("Bedre ressurs- og"), TextFit.wrap("Bedre ressurs- og", 200, 13, false, 5));
        assertEquals(List.of("Samarbeids- og", "endringskultur"), TextFit.wrap("Samarbeids- og endringskultur", 120, 13, false, 5));
        assertEquals(List.of("Samarbeids-", "endringskultur"), TextFit.wrap("Samarbeids-endringskultur", 120, 13, false, 5));
        assertEquals(List.of("Kunde/", "bruker"), TextFit.wrap("Kunde/bruker", 50, 13, false, 5));
        assertEquals(List.of(), TextFit.wrap("", 100, 13, false, 5));
    }

    @Test
    void aWordTooLongIsBrokenNearItsMiddle() {
        assertEquals(List.of("leverings-", "presisjon"), TextFit.wrap("leveringspresisjon", 90, 13, false, 5));
        assertEquals(List.of("kompetanse-", "utnyttelse"), TextFit.wrap("kompetanseutnyttelse", 100, 13, false, 5));
    }

    @Test
    void tooMuchTextEndsInAnEllipsisAndNeverOverflows() {
        String word = "x".repeat(300);
        List<String> lines = TextFit.wrap(word, 100, 13, false, 3);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith(TextFit.ELLIPSIS), lines.toString());
        for (String line : lines) {
            assertTrue(TextFit.width(line, 13, false) <= 100, line);
        }
        List<String> one = TextFit.wrap("a b c d e f g h i j k l m n o p q r s t u v w x y z", 30, 13, false, 2);
        assertEquals(2, one.size());
        assertTrue(one.get(1).endsWith(TextFit.ELLIPSIS));
        // a box far too narrow for even one letter and the ellipsis still gets one character per line
        assertEquals(2, TextFit.wrap("abc", 1, 13, false, 2).size());
    }

    @Test
    void wrappingNeverSplitsACharacter() {
        String text = "\uD83D\uDE00".repeat(40) + "e\u0301".repeat(40);
        for (String line : TextFit.wrap(text, 60, 13, false, 30)) {
            assertTrue(!Character.isHighSurrogate(line.charAt(line.length() - 1)), line);
            assertTrue(!Character.isLowSurrogate(line.charAt(0)), line);
            assertTrue(line.charAt(0) != '\u0301', line);
        }
    }

    @Test
    void statusStaysTogetherAsWordAndScore() {
        String line = StrategyMap.statusLine(0, "grønn", "100,0 %");
        List<String> lines = TextFit.wrap(line, 70, 12, false, 2);
        assertEquals(List.of("●\u00A0grønn", "100,0\u00A0%"), lines);
    }
}
