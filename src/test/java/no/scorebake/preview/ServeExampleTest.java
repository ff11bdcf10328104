package no.scorebake.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on a copy of the example, in-process on a free loopback port: a note edited on
 * disk shows on its KPI page after the reload; a broken model turns every page into its
 * problems with path and line; fixing it brings the page back. Nothing is written into the project.
 */
class ServeExampleTest {

    static final String KPI_PAGE = "/820/kpi/user-faults.html";
    static final String NOTE = "content/comments/2005-03/820/user-faults.md";

    @TempDir
    Path dir;

    @Test
    void editsShowAfterTheRebuildAndABrokenModelShowsItsErrors() throws Exception {
        Path project = Serving.copyExample(dir.resolve("example"));
        try (Serving serve = new Serving("serve", "--port", "0", "--project", project.toString())) {
            URI base = serve.url(Duration.ofSeconds(120));
            assertTrue(base.toString().startsWith("http://127.0.0.1:"), "loopback by default: " + base);
            assertTrue(serve.out.toString().contains("Loaded 6 scorecards"), serve.out.toString());

            HttpResponse<String> before = Http.get(base, KPI_PAGE);
            assertEquals(200, before.statusCode());
            assertEquals("text/html; charset=utf-8", before.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(before.body().contains("Mange brukermeldte feil i mars 2005"), "the note is on the page");
            assertTrue(before.body().contains(PreviewPages.scriptTag(1) + "\n</body>")
                    || before.body().contains(PreviewPages.scriptTag(1) + "</body>"), "reload script before </body>");
            assertFalse(Files.exists(project.resolve(".scorebake/preview")), "no folder is baked");
            assertEquals(200, Http.get(base, "/").statusCode());
            assertEquals("text/css; charset=utf-8", Http.get(base, "/assets/style.css").headers().firstValue("Content-Type").orElseThrow());

            // Edit a note: the new text is served after the reload. Three times: the first reload runs in a
            // JVM that has rendered a page once; later ones are warmer, as in a session of editing.
            Path note = project.resolve(NOTE);
            String original = Files.readString(note, StandardCharsets.UTF_8);
            String marker = null;
            HttpResponse<String> after = null;
            for (int edit = 1; edit <= 3; edit++) {
                marker = "Endret under serve nr. " + edit + " " + System.nanoTime();
                long edited = System.nanoTime();
                Files.writeString(note, original.replace("Mange brukermeldte feil i mars 2005", marker), StandardCharsets.UTF_8);
                String expected = marker;
                after = Http.awaitPage(base, KPI_PAGE, Duration.ofSeconds(10), r -> r.body().contains(expected));
                long millis = (System.nanoTime() - edited) / 1_000_000;
                System.out.println("serve (example project): note edit " + edit + " -> new text served in " + millis + " ms");
                assertTrue(after.body().contains(marker), "edit " + edit + " was not served within 10 s");
            }
            System.out.println("serve (example project): " + String.join("; ", serve.out.toString().lines()
                    .filter(l -> l.startsWith("Reloaded")).toList()));
            assertEquals(200, after.statusCode());
            assertFalse(after.body().contains("Mange brukermeldte feil i mars 2005"));
            assertTrue(Http.get(base, "/__scorebake/status").body().matches("\\{\"build\":[2-9]\\d*,\"failed\":false,.*"));

            // Break the model: every page shows the problem with its path and line, escaped.
            Path siteYaml = project.resolve("model/site.yaml");
            String site = Files.readString(siteYaml, StandardCharsets.UTF_8);
            int junkLine = (int) site.lines().count() + 1;
            Files.writeString(siteYaml, site + (site.endsWith("\n") ? "" : "\n") + "<b>junk</b>: 1\n", StandardCharsets.UTF_8);
            HttpResponse<String> broken = Http.awaitPage(base, KPI_PAGE, Duration.ofSeconds(10), r -> r.statusCode() == 500);
            assertEquals(500, broken.statusCode(), "the broken model was not shown within 10 s");
            assertTrue(broken.body().contains("model/site.yaml:" + junkLine + ":1: unknown key &#39;&lt;b&gt;junk&lt;/b&gt;&#39;"), broken.body());
            assertFalse(broken.body().contains("<b>junk"), "escaped");
            assertFalse(broken.body().contains(marker), "not the stale page");
            assertTrue(broken.body().contains("/__scorebake/reload.js"), "it reloads when fixed");
            assertEquals(500, Http.get(base, "/").statusCode());
            assertTrue(Http.get(base, "/__scorebake/status").body().contains("\"failed\":true"));
            assertEquals(200, Http.get(base, "/assets/style.css").statusCode(), "other files come from the last good site");

            // Fix it: the page is back.
            Files.writeString(siteYaml, site, StandardCharsets.UTF_8);
            HttpResponse<String> fixed = Http.awaitPage(base, KPI_PAGE, Duration.ofSeconds(10), r -> r.statusCode() == 200);
            assertEquals(200, fixed.statusCode(), "the fixed model was not shown within 10 s");
            assertTrue(fixed.body().contains(marker));
            assertTrue(Http.get(base, "/__scorebake/status").body().contains("\"failed\":false"));

            assertEquals(0, serve.stop(), serve.err.toString());
            assertTrue(serve.out.toString().contains("Reloaded in "), serve.out.toString());
            assertTrue(serve.out.toString().endsWith("Stopped." + System.lineSeparator()), serve.out.toString());
            assertTrue(serve.err.toString().contains("model/site.yaml:" + junkLine + ":1: unknown key '<b>junk</b>'"), serve.err.toString());
            assertFalse(serve.err.toString().contains("\tat "), serve.err.toString());
        }
    }
}
