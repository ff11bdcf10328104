package no.scorebake.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.scorebake.bake.Build;
import no.scorebake.bake.Folders;
import no.scorebake.bake.OutputFolder;
import no.scorebake.bake.Progress;
import no.scorebake.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish assembles the new version from the published one: it writes only the files whose
 * bytes changed, hard-links the others (or copies them where the file system refuses a link),
 * and the result is the same site, byte for byte, as a publish from nothing.
 */
class IncrementalPublishTest {

    @TempDir
    Path dir;

    /** Publishes the given files (path → text) with OutputFolder, as the publish command does, and returns what the commit counted. */
    private static OutputFolder.Counts publish(Path site, Map<String, String> files) throws Exception {
        OutputFolder.Counts[] counts = new OutputFolder.Counts[1];
        assertTrue(Publisher.to(site).publish((folder, current) -> {
            OutputFolder out = AssembledFolder.assemble(folder, current);
            for (Map.Entry<String, String> f : files.entrySet()) {
                out.write(f.getKey(), f.getValue());
            }
            counts[0] = out.commit();
            return true;
        }, notice -> { }).done());
        return counts[0];
    }

    private static Map<String, String> site(String news) {
        Map<String, String> files = new TreeMap<>();
        files.put("index.html", "<h1>Forside</h1>\n" + "<p>Tall</p>\n".repeat(200));
        files.put("assets/style.css", "body { margin: 0 }\n".repeat(50));
        files.put("820/index.html", "<h1>820</h1>\n" + "<tr><td>1</td></tr>\n".repeat(300));
        files.put("pages/news.html", "<p>" + news + "</p>\n");
        return files;
    }

    @Test
    void aPublishAfterOneChangedFileWritesOnlyThatFilesBytes() throws Exception {
        Path site = dir.resolve("share/site");
        OutputFolder.Counts first = publish(site, site("Første nyhet"));
        assertEquals(5, first.written().files(), "everything, and the marker, written the first time");
        assertEquals(0, first.linked().files() + first.copied().files());

        Map<String, String> changed = site("Andre nyhet, litt lengre");
        OutputFolder.Counts second = publish(site, changed);
        long newsBytes = changed.get("pages/news.html").getBytes(StandardCharsets.UTF_8).length;
        assertEquals(new OutputFolder.Tally(1, newsBytes), second.written(), "only the changed page is written");
        assertEquals(new OutputFolder.Tally(1, newsBytes), second.stored(), "nothing copied: this file system makes hard links");
        assertEquals(4, second.linked().files(), "the marker and three unchanged pages linked");
        assertEquals(Files.size(site.resolve("index.html")) + Files.size(site.resolve("assets/style.css"))
                + Files.size(site.resolve("820/index.html")) + Files.size(site.resolve(Publisher.MARKER)), second.linked().bytes());

        Path previous = site.resolveSibling("site.previous");
        assertTrue(Files.isSameFile(site.resolve("820/index.html"), previous.resolve("820/index.html")));
        assertFalse(Files.isSameFile(site.resolve("pages/news.html"), previous.resolve("pages/news.html")));
        assertEquals("<p>Første nyhet</p>\n", Files.readString(previous.resolve("pages/news.html")), "the previous version is whole");

        Path fresh = dir.resolve("fresh/site");
        publish(fresh, changed);
        assertEquals(Trees.snapshot(fresh), Trees.snapshot(site), "the same site as a publish from nothing");

        // A third publish, and two rollbacks: the shared files stay whole whichever version is where.
        publish(site, site("Tredje nyhet"));
        assertEquals(Publisher.RolledBack.SWAPPED, Publisher.to(site).rollback(n -> { }));
        assertEquals(Trees.snapshot(fresh), Trees.snapshot(site));
        assertEquals(Publisher.RolledBack.SWAPPED, Publisher.to(site).rollback(n -> { }));
        assertEquals("<p>Tredje nyhet</p>\n", Files.readString(site.resolve("pages/news.html")));
        assertEquals(Trees.snapshot(fresh), Trees.snapshot(previous));
    }

    /** Hard links cannot cross file systems: assembled on another one, the unchanged files are copied, found by trying. */
    @Test
    void whereTheFileSystemRefusesAHardLinkTheUnchangedFilesAreCopied() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "no /dev/shm to be another file system");
        assumeFalse(Files.getFileStore(shm).equals(Files.getFileStore(dir)), "/dev/shm is the same file system as " + dir);
        Path other = Files.createTempDirectory(shm, "scorebake-test");
        try {
            Path current = other.resolve("site");
            publish(current, site("Første nyhet"));
            Map<String, String> changed = site("Andre nyhet");
            Path next = dir.resolve("site.next");
            OutputFolder out = AssembledFolder.assemble(next, current);
            for (Map.Entry<String, String> f : changed.entrySet()) {
                out.write(f.getKey(), f.getValue());
            }
            OutputFolder.Counts counts = out.commit();
            assertEquals(1, counts.written().files());
            assertEquals(0, counts.linked().files());
            assertEquals(4, counts.copied().files());
            assertTrue(counts.linkRefused() != null, "says why no link was made");
            assertEquals(5, counts.stored().files(), "copies are written bytes too");
            Path fresh = dir.resolve("fresh/site");
            publish(fresh, changed);
            assertEquals(Trees.snapshot(fresh), Trees.snapshot(next));
        } finally {
            Folders.deleteTree(other);
        }
    }

    /**
     * The example project published, then published again after one note changed: the counts
     * are exactly the files whose bytes differ from the version before, everything else is
     * hard-linked, and the site equals a full publish of the changed project.
     */
    @Test
    void theExampleRepublishedAfterANoteChangedWritesOnlyTheFilesThatDiffer() throws Exception {
        Path project = dir.resolve("project");
        TestFiles.copyExample(project);
        Path site = dir.resolve("share/site");
        Build.Result first = publishExample(project, site);
        assertEquals(first.summary().files() + 1, first.counts().written().files(), "every file and the marker, the first time");

        Files.writeString(project.resolve("content/comments/2005-03/820/user-faults.md"), "\n\nRettet etter møtet.\n", StandardOpenOption.APPEND);
        Build.Result second = publishExample(project, site);
        Path previous = site.resolveSibling("site.previous");
        Map<String, String> before = Trees.snapshot(previous);
        Map<String, String> after = Trees.snapshot(site);
        long differing = 0;
        long differingBytes = 0;
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!e.getKey().endsWith("/") && !e.getValue().equals(before.get(e.getKey()))) {
                differing++;
                differingBytes += Files.size(site.resolve(e.getKey()));
                assertFalse(before.containsKey(e.getKey()) && Files.isSameFile(site.resolve(e.getKey()), previous.resolve(e.getKey())));
            }
        }
        assertTrue(differing > 0, "the note shows somewhere");
        // And the marker, which holds each version's own token (Trees leaves that out).
        assertNotEquals(Files.readString(previous.resolve(Publisher.MARKER)), Files.readString(site.resolve(Publisher.MARKER)));
        differing++;
        differingBytes += Files.size(site.resolve(Publisher.MARKER));
        assertEquals(new OutputFolder.Tally((int) differing, differingBytes), second.counts().written(),
                "written: exactly the files that differ from the version before");
        assertEquals(0, second.counts().copied().files());
        assertEquals(second.summary().files() + 1 - differing, second.counts().linked().files(), "the rest hard-linked");
        assertTrue(Files.isSameFile(site.resolve("index.html"), previous.resolve("index.html")));

        Path fresh = dir.resolve("fresh/site");
        publishExample(project, fresh);
        assertEquals(Trees.snapshot(fresh), after, "byte-identical to a full publish");
        assertNotEquals(before, after);
    }

    private static Build.Result publishExample(Path project, Path site) throws Exception {
        Build.Result[] result = new Build.Result[1];
        StringWriter err = new StringWriter();
        assertTrue(Publisher.to(site).publish((folder, current) -> {
            result[0] = Assembly.assemble(project, folder, current, site, null, false, Progress.QUIET, new PrintWriter(err, true));
            return true;
        }, notice -> { }).done(), err.toString());
        return result[0];
    }

    /**
     * Publishes as the publish command does: going by the record of the last publish (unless
     * {@code force}), and saving this one's once the new version is in place.
     */
    private static Build.Result publishRecorded(Path project, Path site, boolean force) throws Exception {
        Build.Result[] result = new Build.Result[1];
        StringWriter err = new StringWriter();
        assertTrue(Publisher.to(site).publish(new Publisher.Bake() {
            @Override
            public boolean into(Path folder, Path current) throws java.io.IOException {
                result[0] = Assembly.assemble(project, folder, current, site, null, force, Progress.QUIET, new PrintWriter(err, true));
                assertEquals(List.of(), records(project), "the record of the last publish is forgotten before the new version can replace it");
                return true;
            }

            @Override
            public void published() throws java.io.IOException {
                result[0].record().save();
            }
        }, notice -> { }).done(), err.toString());
        return result[0];
    }

    /** The records of builds and publishes kept in the project. */
    private static List<String> records(Path project) throws java.io.IOException {
        Path builds = project.resolve(".scorebake/builds");
        return Files.isDirectory(builds) ? Trees.names(builds) : List.of();
    }

    /** A change that shows on one KPI page (its comments) and the pages that list that comment, not on the other KPI pages. */
    private static void changeOneComment(Path project) throws java.io.IOException {
        Files.writeString(project.resolve("content/comments/2005-03/820/user-faults.md"), "\n\nRettet etter møtet.\n", StandardOpenOption.APPEND);
    }

    /**
     * With the record of the last publish, a publish renders only the pages whose inputs changed
     * and hard-links the others from the published version unread; the site is byte for byte a
     * full publish's, and written are exactly the files that differ.
     */
    @Test
    void aRepublishRendersOnlyThePagesWhoseInputsChanged() throws Exception {
        Path project = dir.resolve("project");
        TestFiles.copyExample(project);
        Path site = dir.resolve("share/site");
        Build.Result first = publishRecorded(project, site, false);
        assertEquals(1, records(project).size(), "the publish is recorded");
        int allPages = first.summary().pages();
        int allCharts = first.summary().chartsDrawn();
        assertEquals(0, first.summary().chartsKept());

        changeOneComment(project);
        Build.Result second = publishRecorded(project, site, false);
        assertTrue(second.summary().pages() < allPages, "pages kept, not rendered: " + second.summary().pages() + " of " + allPages);
        assertEquals(allCharts - 1, second.summary().chartsKept(), "every KPI page but the one whose comment changed is kept");
        assertEquals(1, second.summary().chartsDrawn());
        assertEquals(first.counts().files(), second.counts().files(), "the same site: " + second.counts());

        Path previous = site.resolveSibling("site.previous");
        Map<String, String> before = Trees.snapshot(previous);
        Map<String, String> after = Trees.snapshot(site);
        long differing = after.entrySet().stream().filter(e -> !e.getKey().endsWith("/") && !e.getValue().equals(before.get(e.getKey()))).count();
        assertEquals(differing + 1, second.counts().written().files(), "written: exactly the files that differ, and the marker with its token");
        assertEquals(second.counts().files() - differing, second.counts().linked().files(), "the rest, kept or equal, hard-linked");
        assertTrue(Files.isSameFile(site.resolve("820/kpi/sick-leave.html"), previous.resolve("820/kpi/sick-leave.html")));

        Path fresh = dir.resolve("fresh/site");
        Path freshProject = dir.resolve("fresh-project");
        TestFiles.copyProject(project, freshProject);
        publishRecorded(freshProject, fresh, false);
        assertEquals(Trees.snapshot(fresh), after, "byte-identical to a full publish");

        Build.Result forced = publishRecorded(project, site, true);
        assertEquals(allPages, forced.summary().pages(), "--force renders every page");
        assertEquals(0, forced.summary().chartsKept());
        assertEquals(1, forced.counts().written().files(), "and finds them all equal: only the marker, with the new version's token");
        assertEquals(Trees.snapshot(fresh), Trees.snapshot(site));
    }

    /**
     * The record names the folder it describes: after a rollback the published folder is
     * another one, and the next publish renders every page rather than trust it.
     */
    @Test
    void afterARollbackTheNextPublishRendersEveryPage() throws Exception {
        Path project = dir.resolve("project");
        TestFiles.copyExample(project);
        Path site = dir.resolve("share/site");
        int allPages = publishRecorded(project, site, false).summary().pages();
        changeOneComment(project);
        publishRecorded(project, site, false);
        Map<String, String> withComment = Trees.snapshot(site);
        assertEquals(Publisher.RolledBack.SWAPPED, Publisher.to(site).rollback(n -> { }));
        assertNotEquals(withComment, Trees.snapshot(site));

        Build.Result again = publishRecorded(project, site, false);
        assertEquals(allPages, again.summary().pages(), "the record is of the version rolled away from: every page rendered");
        assertEquals(0, again.summary().chartsKept());
        assertTrue(again.counts().written().files() > 0, "the comment is published again");
        assertEquals(withComment, Trees.snapshot(site));

        Build.Result then = publishRecorded(project, site, false);
        assertTrue(then.summary().pages() < allPages, "recorded again: " + then.summary().pages());
        assertEquals(1, then.counts().written().files(), "only the marker");
        assertEquals(withComment, Trees.snapshot(site));
    }

    /**
     * A page changed on the share by hand, or an export deleted there, is not as the last publish
     * left it: it is rendered and written again.
     */
    @Test
    void aPageChangedOnTheShareIsRenderedAgain() throws Exception {
        Path project = dir.resolve("project");
        TestFiles.copyExample(project);
        Path site = dir.resolve("share/site");
        publishRecorded(project, site, false);
        Path page = site.resolve("820/kpi/sick-leave.html");
        String original = Files.readString(page);
        Files.delete(page); // the previous version shares the file: replace it, as an editor saving a copy does
        Files.writeString(page, original.replace("</h1>", " (endret for hånd)</h1>"));

        // A month's scorecard and its exports are kept together or not at all: one export gone, all three are made again.
        Path export = site.resolve("data/820/2005-06.csv");
        String exported = Files.readString(export);
        Files.delete(export);

        Build.Result second = publishRecorded(project, site, false);
        assertEquals(1, second.summary().chartsDrawn(), "the changed page's chart drawn again, the others kept");
        assertEquals(3, second.counts().written().files(), "only the page changed by hand, the export deleted and the marker are written: "
                + second.counts());
        assertEquals(original, Files.readString(page));
        assertEquals(exported, Files.readString(export));
        Path previous = site.resolveSibling("site.previous");
        assertTrue(Files.isSameFile(site.resolve("820/2005-06/index.html"), previous.resolve("820/2005-06/index.html")),
                "the month's page, rendered again and equal, is linked");
    }

    /** The token in the marker of a published version (see LastBuild): the line "publish <token>". */
    private static String token(Path site) throws java.io.IOException {
        return Files.readString(site.resolve(Publisher.MARKER)).lines().filter(l -> l.startsWith("publish ")).findFirst().orElse(null);
    }

    /**
     * The record knows its version by the token in the version's marker, not by the folder's
     * identity (device and inode), which Windows and some shares do not give: a published
     * folder put back as another folder with the same files, times and marker (as a copy that
     * keeps times makes it, or a share that gives each folder a new identity whenever it is
     * looked at) is still that version, and the next publish goes by the record. Each version
     * has a token of its own, and no page holds it.
     */
    @Test
    void theRecordCountsWhereTheFolderHasNoIdentityOfItsOwn() throws Exception {
        Path project = dir.resolve("project");
        TestFiles.copyExample(project);
        Path site = dir.resolve("share/site");
        int allPages = publishRecorded(project, site, false).summary().pages();
        String firstToken = token(site);
        assertTrue(firstToken != null && firstToken.matches("publish [0-9a-f]{32}"), firstToken);
        String record = Files.readString(project.resolve(".scorebake/builds").resolve(records(project).get(0)));
        assertTrue(record.contains("\ntoken " + firstToken.substring("publish ".length()) + "\n"), "the record names the token");
        assertFalse(record.contains("\nfolder "), "and no folder identity");

        // Another folder (another inode) with the same files, times and marker.
        Object identity = Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Path moved = dir.resolve("share/moved");
        Files.move(site, moved);
        TestFiles.copyTree(moved, site, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Folders.deleteTree(moved);
        assertNotEquals(identity, Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey());

        changeOneComment(project);
        Build.Result second = publishRecorded(project, site, false);
        assertTrue(second.summary().pages() < allPages, "the record counts: " + second.summary().pages() + " of " + allPages + " pages rendered");
        assertEquals(1, second.summary().chartsDrawn(), "only the KPI page whose comment changed is drawn again");
        assertNotEquals(firstToken, token(site), "each version has a token of its own");
        Path fresh = dir.resolve("fresh/site");
        Path freshProject = dir.resolve("fresh-project");
        TestFiles.copyProject(project, freshProject);
        publishRecorded(freshProject, fresh, false);
        assertEquals(Trees.snapshot(fresh), Trees.snapshot(site), "byte-identical to a full publish");
        try (var pages = Files.walk(site)) {
            String tokenWord = token(site).substring("publish ".length());
            for (Path page : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(page).contains(tokenWord), page + " holds no token");
            }
        }
    }

    /**
     * A folder made by hand at the published place (a copy of the site without the marker's
     * token, or an older version copied back) is not the version the record is of: the next
     * publish renders every page, and the result is a full publish's.
     */
    @Test
    void aFolderPutThereByHandDoesNotCount() throws Exception {
        Path project = dir.resolve("project");
        TestFiles.copyExample(project);
        Path site = dir.resolve("share/site");
        int allPages = publishRecorded(project, site, false).summary().pages();
        changeOneComment(project);
        publishRecorded(project, site, false);
        Map<String, String> published = Trees.snapshot(site);
        Path older = dir.resolve("kept/first-version");
        TestFiles.copyTree(site.resolveSibling("site.previous"), older, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        assertTrue(token(older) != null && !token(older).equals(token(site)));

        // By hand: the same files, times kept, but a marker without a token (as a build's).
        Path byHand = dir.resolve("share/by-hand");
        TestFiles.copyTree(site, byHand, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.delete(byHand.resolve(Publisher.MARKER));
        Files.writeString(byHand.resolve(Publisher.MARKER), "This folder is baked by scorebake and replaced by each build.\n");
        Folders.deleteTree(site);
        Files.move(byHand, site);
        Build.Result again = publishRecorded(project, site, false);
        assertEquals(allPages, again.summary().pages(), "a marker without the token: every page rendered");
        assertEquals(published, Trees.snapshot(site));

        // An older version copied back by hand, marker and all: its token is not the last publish's.
        Folders.deleteTree(site);
        TestFiles.copyTree(older, site, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Build.Result fromOld = publishRecorded(project, site, false);
        assertEquals(allPages, fromOld.summary().pages(), "an older version's token: every page rendered");
        assertEquals(published, Trees.snapshot(site));
    }

    /**
     * A publish killed after its swap, before it saved its record, leaves no record: the record
     * of the version before was forgotten before the swap. The next publish renders every page.
     */
    @Test
    void aPublishKilledAfterItsSwapLeavesNoRecordToGoBy() throws Exception {
        Path project = dir.resolve("project");
        TestFiles.copyExample(project);
        Path site = dir.resolve("share/site");
        int allPages = publishRecorded(project, site, false).summary().pages();
        changeOneComment(project);
        StringWriter err = new StringWriter();
        // The bake and the swap, and then nothing: as if killed the moment the new version was in place.
        assertTrue(Publisher.to(site).publish((folder, current) -> {
            Assembly.assemble(project, folder, current, site, null, false, Progress.QUIET, new PrintWriter(err, true));
            return true;
        }, notice -> { }).done(), err.toString());
        assertEquals(List.of(), records(project), "no record of the version in place");
        Map<String, String> published = Trees.snapshot(site);

        Build.Result next = publishRecorded(project, site, false);
        assertEquals(allPages, next.summary().pages(), "no record: every page rendered");
        assertEquals(published, Trees.snapshot(site));
        assertTrue(publishRecorded(project, site, false).summary().pages() < allPages, "and recorded again after it");
    }
}
