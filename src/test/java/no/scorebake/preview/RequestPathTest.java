package no.scorebake.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handler's own path decoding and Host check, without Jetty in front: what Jetty's URI
 * compliance already refuses must be refused here too, should that ever be relaxed.
 */
class RequestPathTest {

    @Test
    void decodesOrdinaryPaths() {
        assertEquals("/820/kpi/user-faults.html", SiteHandler.decode("/820/kpi/user-faults.html"));
        assertEquals("/pages/om oss.html", SiteHandler.decode("/pages/om%20oss.html"));
        assertEquals("/pages/måleplan.html", SiteHandler.decode("/pages/m%C3%A5leplan.html"));
        assertEquals("/", SiteHandler.decode("/"));
    }

    @Test
    void refusesEncodedSeparatorsDotsControlsAndMalformedInput() {
        for (String raw : List.of("/%2e%2e/secret.txt", "/%2E./x", "/..%2fsecret.txt", "/..%2Fx", "/..%5cx", "/%5C", "/a\\b",
                "/index.html%00", "/%0d%0aSet-Cookie:x", "/%7f", "/%c0%ae%c0%ae/x", "/%ff", "/%", "/%2", "/%zz", "relative",
                "", "*", "C:/x")) {
            assertNull(SiteHandler.decode(raw), raw);
        }
        assertNull(SiteHandler.decode(null));
    }

    @Test
    void loopbackHostNamesOnly() {
        for (String host : List.of("127.0.0.1", "127.0.0.1:8080", "localhost", "LOCALHOST:80", "localhost.:8080", "[::1]:8080", "127.1.2.3:1")) {
            assertTrue(SiteHandler.loopbackHost(host), host);
        }
        for (String host : List.of("attacker.example", "attacker.example:8080", "127.0.0.1.attacker.example", "10.0.0.1:8080",
                "[::2]:8080", "localhost.attacker.example", "")) {
            assertFalse(SiteHandler.loopbackHost(host), host);
        }
    }

    @Test
    void theScriptGoesBeforeTheLastBodyEndTag() {
        assertEquals("<body><p>x</p>" + PreviewPages.scriptTag(7) + "</body>", PreviewPages.inject("<body><p>x</p></body>", 7));
        assertEquals("<p>&lt;/body&gt; </body></p>" + PreviewPages.scriptTag(1) + "</Body>\n",
                PreviewPages.inject("<p>&lt;/body&gt; </body></p></Body>\n", 1));
        assertEquals("no body" + PreviewPages.scriptTag(2), PreviewPages.inject("no body", 2));
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", PreviewPages.escape("<script>&\"'"));
    }
}
