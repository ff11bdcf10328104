package no.scorebake.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import no.scorebake.cli.Main;
import no.scorebake.testkit.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reports: pdf} in site.yaml: {@code build} and {@code publish} put the current month's
 * report of each unit at {@code <unit>/report-<period>.pdf}, linked from the unit's current
 * scorecard, and keep the earlier months' reports as they were (not printed again) when the next
 * month becomes the current one.
 */
class SiteReportsTest {

    @TempDir
    Path dir;

    @Test
    void buildAndPublishPrintTheCurrentMonthAndKeepTheEarlierOnes() throws IOException {
        Path project = dir.resolve("project");
        TestFiles.copyExample(project);
        Path site = project.resolve("model/site.yaml");
        String yaml = Files.readString(site);
        Files.writeString(site, yaml.replace("period: 2006-04", "period: 2006-03") + "reports: pdf\n");
        Path out = dir.resolve("site");
        Path share = dir.resolve("share");

        bake(project, "build", "--out", out.toString());
        bake(project, "publish", "--to", share.toString());
        for (Path root : new Path[] {out, share}) {
            assertTrue(Files.isRegularFile(root.resolve("820/report-2006-03.pdf")), root + " has March's report");
            assertEquals("report-2006-03.pdf", link(root.resolve("820/index.html")).attr("href"));
            assertTrue(link(root.resolve("800/index.html")).attr("href").equals("report-2006-03.pdf"));
            assertNull(link(root.resolve("820/2006-03/index.html")), "a month's page keeps its bytes: no link to a report");
        }
        byte[] march = Files.readAllBytes(out.resolve("820/report-2006-03.pdf"));
        assertArrayEquals(march, Files.readAllBytes(share.resolve("820/report-2006-03.pdf")), "build and publish print the same");
        BasicFileAttributes before = Files.readAttributes(out.resolve("820/report-2006-03.pdf"), BasicFileAttributes.class);
        Object shared = Files.readAttributes(share.resolve("820/report-2006-03.pdf"), BasicFileAttributes.class).fileKey();

        // April becomes the current month. site.yaml changed, so every month's key did: March's report is kept all the same,
        // as the one that was published.
        Files.writeString(site, yaml + "reports: pdf\n");
        bake(project, "build", "--out", out.toString());
        bake(project, "publish", "--to", share.toString());
        for (Path root : new Path[] {out, share}) {
            assertTrue(Files.isRegularFile(root.resolve("820/report-2006-04.pdf")), root + " has April's report");
            assertEquals("report-2006-04.pdf", link(root.resolve("820/index.html")).attr("href"));
            assertArrayEquals(march, Files.readAllBytes(root.resolve("820/report-2006-03.pdf")), root + " keeps March's report");
        }
        BasicFileAttributes after = Files.readAttributes(out.resolve("820/report-2006-03.pdf"), BasicFileAttributes.class);
        assertEquals(before.lastModifiedTime(), after.lastModifiedTime(), "March's report was not written again");
        assertEquals(before.fileKey(), after.fileKey());
        Object kept = Files.readAttributes(share.resolve("820/report-2006-03.pdf"), BasicFileAttributes.class).fileKey();
        if (shared != null) {
            assertEquals(shared, kept, "the publish hard-linked March's report from the version before");
        }
        assertFalse(new String(Files.readAllBytes(out.resolve("820/report-2006-04.pdf")), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("mars 2006 ·"), "April's report is April's");
    }

    @Test
    void offByDefault() throws IOException {
        Path project = dir.resolve("plain");
        TestFiles.copyExample(project);
        Path out = dir.resolve("site");
        bake(project, "build", "--out", out.toString());
        assertFalse(Files.exists(out.resolve("820/report-2006-04.pdf")));
        assertNull(link(out.resolve("820/index.html")));
    }

    private static void bake(Path project, String... args) {
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = project.toString();
        all[args.length + 2] = "--quiet";
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), all), err.toString());
    }

    /** The scorecard's link to the monthly report, found by its words as a reader finds it; null when there is none. */
    private static Element link(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Element a = doc.selectFirst("a:containsOwn(Last ned månedsrapporten (PDF))");
        if (a != null) {
            assertNotNull(a.attr("href"));
            assertTrue(Files.isRegularFile(page.resolveSibling(a.attr("href"))), a.attr("href") + " is there");
        }
        return a;
    }
}
