package no.scorebake.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortest relative link between two pages of the site reaches the same file as the one through the root. */
class RelativeLinkTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "810/2005-06/index.html, 810/kpi/x.html, ../kpi/x.html",
            "810/index.html, 810/kpi/x.html, kpi/x.html",
            "810/2005-06/index.html, 820/kpi/x.html, ../../820/kpi/x.html",
            "810/2005-06/index.html, 810/2005-05/index.html, ../2005-05/index.html",
            "810/index.html, 810/index.html, index.html",
            "810/index.html, index.html, ../index.html",
            "810/2005-06/index.html, 810/, ../",
            "810/index.html, 810/, ''",
            "810/2005-06/index.html, data/810/2005-06.json, ../../data/810/2005-06.json",
            "8100/index.html, 810/map.html, ../810/map.html",
            "index.html, 810/index.html, 810/index.html"})
    void reachesTheSameFileAsTheLinkThroughTheRoot(String from, String to, String expected) {
        String link = Addresses.link(from, to);
        assertEquals(expected, link);
        URI page = URI.create("file:///site/" + from);
        assertEquals(page.resolve(Addresses.rootOf(from) + to), page.resolve(link));
    }
}
