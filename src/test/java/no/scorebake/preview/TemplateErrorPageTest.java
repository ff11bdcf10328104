package no.scorebake.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import no.scorebake.testkit.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme template that fails while rendering shows in the browser the same line {@code build} prints, over real Jetty on loopback. */
class TemplateErrorPageTest {

    @TempDir
    Path dir;

    @Test
    void theErrorPageShowsTheTemplateAndLine() throws Exception {
        TestProject p = new TestProject(dir.resolve("p"))
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\n")
                .file("themes/default/templates/index.ftlh", "<!DOCTYPE html>\n<html lang=\"${lang}\">\n<h1>${welcome}</h1>\n</html>\n");
        String expected = p.run("build", "-q").err().lines().findFirst().orElseThrow();
        assertTrue(expected.startsWith("themes/default/templates/index.ftlh:3:7: 'welcome' is missing (or null)"), expected);

        Preview.Options options = new Preview.Options(p.root(), "127.0.0.1", 0, null);
        try (Preview preview = Preview.start(options, o -> { })) {
            HttpResponse<String> r = Http.get(preview.url(), "/");
            assertEquals(500, r.statusCode());
            List<String> problems = Jsoup.parse(r.body()).select("ul.problems li").eachText();
            assertEquals(List.of(expected, "1 error; nothing was written"), problems);
            Element heading = Jsoup.parse(r.body()).selectFirst("h1");
            assertEquals("The build failed", heading.text());
            assertEquals(200, Http.get(preview.url(), "/assets/style.css").statusCode(), "the rest of the site is served");
        }
    }
}
