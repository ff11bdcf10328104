package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.scorebake.bake.incremental.LastBuild;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build's commit, with small sites built as {@link Build} builds them: the
 * files the last build made and this one does not are deleted (found in the record of the
 * last build, and their emptied folders with them), the record the build leaves says what a
 * fresh look at each file would say, and without a record to go by every folder is listed, so
 * nothing that no build made is left.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    private Path project;
    private Path site;
    private LastBuild last;
    /** The files the last build here knew the size and time of without asking the disk again. */
    private Set<String> vouched;

    @BeforeEach
    void paths() {
        project = dir.resolve("project");
        site = dir.resolve("site");
        last = LastBuild.of(project, site);
    }

    /** Builds {@code files} (path → text) into the site as Build does, going by the record of the last build; returns the counts. */
    private OutputFolder.Counts build(Map<String, String> files) throws IOException {
        return build(files, Set.of(), last.earlier());
    }

    /** As {@link #build(Map)}, keeping the files {@code kept} when {@code earlier} vouches for them, as a month's pages are kept. */
    private OutputFolder.Counts build(Map<String, String> files, Set<String> kept, LastBuild.Earlier earlier) throws IOException {
        OutputFolder out = InPlaceFolder.prepare(site, earlier);
        for (Map.Entry<String, String> f : files.entrySet()) {
            long[] asLeft = earlier.asLeft(f.getKey());
            if (!kept.contains(f.getKey()) || asLeft == null || !out.keep(new String[] {f.getKey()}, new long[][] {asLeft})) {
                out.write(f.getKey(), f.getValue());
            }
        }
        last.forget();
        OutputFolder.Counts counts = out.commit();
        last.save("inputs", null, out.files(), out.known(), Map.of(), Map.of(), Map.of(), null);
        vouched = out.known().keySet();
        return counts;
    }

    private static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            m.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return m;
    }

    /** Every file of the site (the marker aside) with its text. */
    private Map<String, String> onDisk() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String key = site.relativize(p).toString().replace('\\', '/');
                if (!key.equals(OutputFolder.MARKER)) {
                    m.put(key, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    /** Every folder of the site, relative. */
    private TreeSet<String> folders() throws IOException {
        TreeSet<String> m = new TreeSet<>();
        try (Stream<Path> s = Files.walk(site)) {
            s.filter(p -> Files.isDirectory(p) && !p.equals(site)).forEach(p -> m.add(site.relativize(p).toString().replace('\\', '/')));
        }
        return m;
    }

    /** The file lines of the record (path → "size time"). */
    private Map<String, String> record() throws IOException {
        Path file;
        try (Stream<Path> s = Files.list(project.resolve(".scorebake/builds"))) {
            file = s.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ", 3);
            if (!f[0].equals("inputs") && !f[0].equals("key") && !f[0].equals("score")) {
                m.put(f[2], f[0] + " " + f[1]);
            }
        }
        return m;
    }

    /** What a fresh look at every file of the site says, in the record's terms. */
    private Map<String, String> stat() throws IOException {
        return sizesAndTimes(site);
    }

    /** Every file of {@code site} with its size and time, as the record of a build writes them. */
    static Map<String, String> sizesAndTimes(Path site) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                m.put(site.relativize(p).toString().replace('\\', '/'), a.size() + " " + a.lastModifiedTime().toMillis());
            }
        }
        return m;
    }

    @Test
    void aFileTheLastBuildMadeAndThisOneDoesNotIsDeletedWithItsEmptiedFolders() throws IOException {
        build(files("index.html", "forside", "820/kpi/a.html", "a", "820/kpi/b.html", "b", "old/deep/x.html", "x", "old/y.html", "y"));
        assertEquals(new TreeSet<>(java.util.List.of("820", "820/kpi", "old", "old/deep")), folders());

        OutputFolder.Counts c = build(files("index.html", "forside 2", "820/kpi/a.html", "a"));
        assertEquals(Map.of("index.html", "forside 2", "820/kpi/a.html", "a"), onDisk());
        assertEquals(new TreeSet<>(java.util.List.of("820", "820/kpi")), folders(), "the folders left empty are gone, the others stay");
        assertEquals(3, c.deleted());
        assertEquals(1, c.written().files());
        assertEquals(stat(), record());
    }

    @Test
    void aNewFileGoesIntoANewFolderAndAFileReplacesAFolderOfTheSameName() throws IOException {
        build(files("index.html", "forside", "a/b/c.html", "c"));
        build(files("index.html", "forside", "a/b", "now a file", "new/deeper/d.html", "d"));
        assertEquals(Map.of("index.html", "forside", "a/b", "now a file", "new/deeper/d.html", "d"), onDisk());
        assertEquals(stat(), record());
    }

    @Test
    void theRecordAfterABuildIsWhatAFreshLookAtEachFileSays() throws IOException {
        build(files("index.html", "forside", "820/a.html", "a", "820/b.html", "b", "830/c.html", "c"));
        assertEquals(stat(), record(), "written files");

        // Kept, unchanged, changed and new files: the build knows each one's size and time, and they are right.
        OutputFolder.Counts c = build(files("index.html", "forside", "820/a.html", "a", "820/b.html", "b 2", "830/c.html", "c", "840/d.html", "d"),
                Set.of("index.html", "830/c.html"), last.earlier());
        assertEquals(2, c.written().files(), "b changed and d new");
        assertEquals(4, c.unchanged(), "index.html and c kept, a and the marker compared");
        assertEquals(stat().keySet(), vouched, "no file's size and time read again for the record");
        assertEquals(stat(), record());

        // Files set back an hour, as by a copy that keeps times: one compared and found unchanged, one that was to be kept.
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        for (String f : new String[] {"820/a.html", "830/c.html"}) {
            Files.setLastModifiedTime(site.resolve(f), hourAgo);
        }
        assertFalse(last.earlier().upToDate("inputs"));
        c = build(files("index.html", "forside", "820/a.html", "a", "820/b.html", "b 2", "830/c.html", "c", "840/d.html", "d"),
                Set.of("index.html", "830/c.html"), last.earlier());
        assertEquals(0, c.written().files(), "equal bytes are not written");
        assertEquals(stat(), record(), "each with its time now");
        assertTrue(last.earlier().upToDate("inputs"), "so the next build finds every file as this one left it");
    }

    @Test
    void aFilePutInByHandBesideUntouchedFilesStaysUntilTheSiteIsTouched() throws IOException {
        build(files("index.html", "forside", "820/a.html", "a", "830/b.html", "b"));
        Files.writeString(site.resolve("820/notes.txt"), "a reader's file");
        Files.createDirectories(site.resolve("extra/deep"));
        Files.writeString(site.resolve("extra/deep/e.txt"), "another");

        build(files("index.html", "forside 2", "820/a.html", "a", "830/b.html", "b"));
        assertEquals("a reader's file", onDisk().get("820/notes.txt"), "the record names every file to delete; it does not name this one");

        // A file of the build deleted by hand: the folder was touched, so every folder is listed.
        Files.delete(site.resolve("830/b.html"));
        OutputFolder.Counts c = build(files("index.html", "forside 2", "820/a.html", "a", "830/b.html", "b"));
        assertEquals(Map.of("index.html", "forside 2", "820/a.html", "a", "830/b.html", "b"), onDisk());
        assertEquals(new TreeSet<>(java.util.List.of("820", "830")), folders());
        assertEquals(2, c.deleted());
        assertEquals(stat(), record());
    }

    @Test
    void withoutARecordEveryFolderIsListedAndALinkIsDeletedNotFollowed() throws IOException {
        build(files("index.html", "forside", "820/a.html", "a", "old/x.html", "x"));
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("keep.txt"), "not the site's");
        try {
            Files.createSymbolicLink(site.resolve("820/link"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here: " + e);
        }
        Files.createDirectories(site.resolve("empty/folder"));
        last.forget();

        OutputFolder.Counts c = build(files("index.html", "forside", "820/a.html", "a"));
        assertEquals(Map.of("index.html", "forside", "820/a.html", "a"), onDisk());
        assertEquals(new TreeSet<>(java.util.List.of("820")), folders());
        assertEquals(2, c.deleted(), "old/x.html and the link");
        assertEquals("not the site's", Files.readString(outside.resolve("keep.txt"), StandardCharsets.UTF_8));
        assertEquals(stat(), record());
    }

    @Test
    void aDamagedRecordNeverDeletesOutsideTheSiteNorAFileOfThisBuild() throws IOException {
        build(files("index.html", "forside", "820/a.html", "a", "old/x.html", "x"));
        Path outside = dir.resolve("outside.txt");
        Files.writeString(outside, "not the site's");
        Path record;
        try (Stream<Path> s = Files.list(project.resolve(".scorebake/builds"))) {
            record = s.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        Files.writeString(record, Files.readString(record, StandardCharsets.UTF_8)
                + "14 0 ../outside.txt\n1 0 820/./a.html\n1 0 820/../index.html\n", StandardCharsets.UTF_8);

        OutputFolder.Counts c = build(files("index.html", "forside", "820/a.html", "a"));
        assertEquals(Map.of("index.html", "forside", "820/a.html", "a"), onDisk());
        assertEquals("not the site's", Files.readString(outside, StandardCharsets.UTF_8));
        assertEquals(1, c.deleted(), "old/x.html, found by listing the folders");
    }

    @Test
    void theRecordIsReadLineByLineAsItIsWritten() throws IOException {
        build(files("index.html", "forside", "a b/c d.html", "with spaces"));
        LastBuild.Earlier e = last.earlier();
        assertEquals(Set.of(OutputFolder.MARKER, "index.html", "a b/c d.html"), e.files());
        assertTrue(e.upToDate("inputs"));
        assertArrayEquals(new long[] {"with spaces".length(), Files.getLastModifiedTime(site.resolve("a b/c d.html")).toMillis()},
                e.recorded("a b/c d.html"));

        Path record;
        try (Stream<Path> s = Files.list(project.resolve(".scorebake/builds"))) {
            record = s.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        String text = Files.readString(record, StandardCharsets.UTF_8);
        Files.writeString(record, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertTrue(last.earlier().upToDate("inputs"), "CRLF line ends read as well");
        for (String damage : new String[] {"\n\n", "\nx 1 y\n", "\n12\n", "\n1 2\n"}) {
            Files.writeString(record, text + damage.substring(1), StandardCharsets.UTF_8);
            assertEquals(null, last.earlier().files(), "damaged by " + damage.strip());
            assertFalse(last.earlier().upToDate("inputs"));
        }
    }
}
