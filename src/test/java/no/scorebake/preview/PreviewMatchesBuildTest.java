package no.scorebake.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.scorebake.bake.Build;
import no.scorebake.bake.OnDemandSite;
import no.scorebake.bake.Progress;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview serves what {@code build} writes, byte for byte, apart from its reload script:
 * every file of a bake of the example fetched over real loopback HTTP from {@code serve}'s
 * server and compared; then edits (a note, an upload, a broken note and its fix) show after the
 * save, a note without rendering the rest of the site again, and still as a fresh bake has them.
 */
class PreviewMatchesBuildTest {

    @TempDir
    Path dir;

    @Test
    void everyFileBuildWritesIsServedByteForByte() throws Exception {
        Path project = Serving.copyExample(dir.resolve("example"));
        try (Preview preview = Preview.start(new Preview.Options(project, "127.0.0.1", 0, null), o -> { })) {
            assertSameAsABuild(project, preview, "the example");
        }
    }

    @Test
    void editsShowWithoutRenderingTheWholeSiteAndStillMatchABuild() throws Exception {
        Path project = Serving.copyExample(dir.resolve("example"));
        try (Preview preview = Preview.start(new Preview.Options(project, "127.0.0.1", 0, null), o -> { })) {
            URI base = preview.url();
            assertTrue(Http.get(base, ServeExampleTest.KPI_PAGE).body().contains("Mange brukermeldte feil i mars 2005"));

            // A note: only the page asked for is rendered, from the engine as it was.
            Path note = project.resolve(ServeExampleTest.NOTE);
            String original = Files.readString(note, StandardCharsets.UTF_8);
            Files.writeString(note, original.replace("Mange brukermeldte feil i mars 2005", "Notatet er endret **nå**"), StandardCharsets.UTF_8);
            HttpResponse<String> edited = Http.awaitPage(base, ServeExampleTest.KPI_PAGE, Duration.ofSeconds(10),
                    r -> r.body().contains("Notatet er endret"));
            assertTrue(edited.body().contains("Notatet er endret"), "the edited note was not served within 10 s");
            assertEquals(1, preview.site().rendered(), "one page rendered after the note changed, not the site");
            assertEquals(1, Jsoup.parse(edited.body()).select("strong:containsOwn(nå)").size(), "the note's Markdown is rendered");
            Http.get(base, ServeExampleTest.KPI_PAGE);
            assertEquals(1, preview.site().rendered(), "asked for again, it comes from the cache");

            // An upload: the new figure shows on its KPI page.
            Path upload = project.resolve(UPLOAD);
            String csv = Files.readString(upload, StandardCharsets.UTF_8);
            assertTrue(csv.contains(UPLOAD_ROW), csv);
            Files.writeString(upload, csv.replace(UPLOAD_ROW, UPLOAD_ROW_EDITED), StandardCharsets.UTF_8);
            HttpResponse<String> uploaded = Http.awaitPage(base, ServeExampleTest.KPI_PAGE, Duration.ofSeconds(20),
                    r -> r.body().contains(UPLOAD_VALUE_SHOWN));
            assertTrue(uploaded.body().contains(UPLOAD_VALUE_SHOWN), "the edited upload was not served within 20 s");

            // A broken note: its path and line in the browser; the fix brings the page back.
            Path broken = project.resolve("content/comments/2005-03/820/no-such-kpi.md");
            Files.writeString(broken, "Et notat om ingenting.\n", StandardCharsets.UTF_8);
            HttpResponse<String> failed = Http.awaitPage(base, ServeExampleTest.KPI_PAGE, Duration.ofSeconds(10), r -> r.statusCode() == 500);
            assertEquals(500, failed.statusCode(), "the broken note was not shown within 10 s");
            List<String> problems = Jsoup.parse(failed.body()).select("ul.problems li").eachText();
            assertTrue(problems.get(0).startsWith("content/comments/2005-03/820/no-such-kpi.md:1: note for unknown KPI 'no-such-kpi'"),
                    problems.toString());
            Files.delete(broken);
            HttpResponse<String> fixed = Http.awaitPage(base, ServeExampleTest.KPI_PAGE, Duration.ofSeconds(10), r -> r.statusCode() == 200);
            assertEquals(200, fixed.statusCode(), "the fixed note was not shown within 10 s");
            assertTrue(fixed.body().contains("Notatet er endret") && fixed.body().contains(UPLOAD_VALUE_SHOWN));

            // After all of that, still exactly what a fresh bake of the edited project writes.
            assertSameAsABuild(project, preview, "the edited example");
        }
    }

    /** An upload of the example, and a row of it whose value shows on {@link ServeExampleTest#KPI_PAGE}. */
    static final String UPLOAD = "model/data/2006/2006-04-820.csv";
    static final String UPLOAD_ROW = "2006-04;820;user-faults;131;";
    static final String UPLOAD_ROW_EDITED = "2006-04;820;user-faults;4321;";
    static final String UPLOAD_VALUE_SHOWN = "4 321";

    /** Bakes the project into a new folder and fetches each of its files from the preview, comparing bytes. */
    static void assertSameAsABuild(Path project, Preview preview, String what) throws Exception {
        Path out = Files.createTempDirectory(project.getParent(), "build");
        StringWriter err = new StringWriter();
        Build.run(project, out, null, true, Progress.QUIET, new PrintWriter(err));
        List<String> built;
        try (Stream<Path> files = Files.walk(out)) {
            built = files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".")) // the build's own marker
                    .sorted().toList();
        }
        assertTrue(built.size() > 100, what + ": " + built.size() + " files");
        OnDemandSite site = preview.site();
        assertEquals(new TreeSet<>(built), new TreeSet<>(site.paths()), what + ": the preview knows exactly the files build writes");
        long build = preview.state().snapshot().build();
        String hook = PreviewPages.scriptTag(build);
        List<String> different = new ArrayList<>();
        for (String path : built) {
            HttpResponse<byte[]> r = Http.bytes(preview.url(), "/" + path);
            byte[] expected = Files.readAllBytes(out.resolve(path));
            byte[] served = r.body();
            if (path.endsWith(".html")) {
                String text = new String(served, StandardCharsets.UTF_8);
                int at = text.lastIndexOf(hook);
                assertTrue(at >= 0, what + ": no reload hook in " + path);
                served = (text.substring(0, at) + text.substring(at + hook.length())).getBytes(StandardCharsets.UTF_8);
                assertFalse(new String(expected, StandardCharsets.UTF_8).contains("__scorebake"), "never in a build: " + path);
            }
            if (r.statusCode() != 200 || !Arrays.equals(expected, served)) {
                different.add(path + " (" + r.statusCode() + ", " + served.length + " bytes served, " + expected.length + " built)");
            }
        }
        assertEquals(List.of(), different, what + ": served differently from the build");
    }
}
