package no.scorebake.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.scorebake.testkit.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the machine while {@code build} and {@code publish} write, as real processes: a
 * read-only output file system, a full disk and a file-size limit. Each must end with exit 3, one
 * line saying what could not be written and why, and the published site byte for byte as it was.
 *
 * <p>Tests run as root here, so {@code chmod} cannot make a folder read-only for them: the
 * read-only and full file systems are small tmpfs mounts (skipped, saying why, where the
 * container does not allow {@code mount}); the file-size limit is {@code ulimit -f} on the child
 * process, which makes a write fail with EFBIG ("File too large") just as a full disk would, and
 * works anywhere.
 */
class FaultJarIT {

    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            Jar.run(dir, List.of("umount", mounted.toString()));
        }
    }

    /**
     * Skips a test this machine cannot run, except in CI (the environment variable CI is "true"),
     * where CI runs as root and a skipped fault test would hide that the faults went untested.
     */
    private static void canRunHere(boolean can, String why) {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(can, why + " (CI must run the fault tests, not skip them)");
        }
        assumeTrue(can, why);
    }

    /** Mounts a tmpfs of the given size on a new folder, or skips the test when this machine does not allow it. */
    private Path tmpfs(String size) throws Exception {
        Path at = Files.createDirectories(dir.resolve("mnt"));
        Jar.Run r = Jar.run(dir, List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()));
        canRunHere(r.exit() == 0, "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN): " + r.err().strip());
        mounted = at;
        return at;
    }

    private Path project(String comment) {
        Path project = dir.resolve("project");
        TestFiles.copyOver(BadInputCorpusTest.CORPUS.resolve("_base"), project);
        try {
            Files.writeString(project.resolve("model/data/2005/2005-07-810.csv"), "scorecard;kpi;period;value;comment\n810;user-faults;2005-07;140;" + comment + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return project;
    }

    private static void assertOneLine(Jar.Run r, String reason, String rest) {
        assertEquals(3, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one line:\n" + r.err());
        assertTrue(lines.get(0).startsWith("scorebake: cannot write "), lines.get(0));
        assertTrue(lines.get(0).contains(": " + reason + "; "), lines.get(0));
        assertTrue(lines.get(0).endsWith(rest), lines.get(0));
        assertEquals("", r.out());
        System.out.println("FaultJarIT: " + lines.get(0));
    }

    @Test
    void readOnlyFileSystem() throws Exception {
        Path mnt = tmpfs("8m");
        Path site = mnt.resolve("share/site");
        assertEquals(0, Jar.run(dir, Jar.java(List.of(), "publish", "-q", "--project", project("Første").toString(), "--to", site.toString())).exit());
        Jar.Run remount = Jar.run(dir, List.of("mount", "-o", "remount,ro", mnt.toString()));
        canRunHere(remount.exit() == 0, "cannot remount read-only here: " + remount.err());
        var before = TestFiles.snapshot(mnt);
        Path project = project("Andre");

        assertOneLine(Jar.run(dir, Jar.java(List.of(), "build", "-q", "--project", project.toString(), "--out", site.toString())),
                "Read-only file system", site + " is as it was");
        assertOneLine(Jar.run(dir, Jar.java(List.of(), "publish", "-q", "--project", project.toString(), "--to", site.toString())),
                "Read-only file system", "nothing was published; " + site + " is as it was");
        assertEquals(before, TestFiles.snapshot(mnt));
    }

    @Test
    void diskFull() throws Exception {
        Path mnt = tmpfs("4m");
        Path share = mnt.resolve("share");
        Path site = share.resolve("site");
        assertEquals(0, Jar.run(dir, Jar.java(List.of(), "publish", "-q", "--project", project("Første").toString(), "--to", site.toString())).exit());
        var before = TestFiles.snapshot(site);
        // Fill the disk up to 40 KB, less than one more copy of the site needs.
        Path filler = mnt.resolve("filler");
        long free = Files.getFileStore(mnt).getUsableSpace();
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            for (long n = 0; n < free - 40 * 1024; n += block.length) {
                out.write(block);
            }
        }
        Path project = project("Andre");
        // build and publish write only the files that changed (publish hard-links the rest), which would fit in
        // 40 KB: fill the disk to the brim.
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            byte[] block = new byte[1024];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the disk is full now
        }

        assertOneLine(Jar.run(dir, Jar.java(List.of(), "publish", "-q", "--project", project.toString(), "--to", site.toString())),
                "No space left on device", "nothing was published; " + site + " is as it was");
        assertOneLine(Jar.run(dir, Jar.java(List.of(), "build", "-q", "--project", project.toString(), "--out", site.toString())),
                "No space left on device", site + " is as it was");
        assertEquals(before, TestFiles.snapshot(site), "the published site is byte for byte as it was");

        // With room again, the same publish goes through.
        Files.delete(filler);
        Jar.Run again = Jar.run(dir, Jar.java(List.of(), "publish", "-q", "--project", project.toString(), "--to", site.toString()));
        assertEquals(0, again.exit(), again.err());
        assertTrue(Files.readString(site.resolve("810/2005-07/index.html")).contains("Andre"));
    }

    /** A file-size limit on the process: writes fail with EFBIG, as on a full disk; needs no mount. */
    @Test
    void fileSizeLimit() throws Exception {
        Path example = dir.resolve("example");
        for (String folder : List.of("model", "content")) {
            TestFiles.copyOver(Path.of(folder).toAbsolutePath(), example.resolve(folder));
        }
        Path site = dir.resolve("share/site");
        assertEquals(0, Jar.run(dir, Jar.java(List.of(), "publish", "-q", "--project", example.toString(), "--to", site.toString())).exit());
        var before = TestFiles.snapshot(site);
        // A new title shows on every page, so the publish writes them all; unchanged, it would write none (they are kept).
        Path siteYaml = example.resolve("model/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replace("title: Avdeling for IT og datafangst", "title: Avdeling for IT og datafangst (ny)"));
        String java = String.join(" ", Jar.java(List.of(), "publish", "-q", "--project", example.toString(), "--to", site.toString())
                .stream().map(a -> "'" + a + "'").toList());
        Jar.Run r = Jar.run(dir, List.of("bash", "-c", "ulimit -f 16 && exec " + java));
        assertOneLine(r, "File too large", "nothing was published; " + site + " is as it was");
        assertEquals(before, TestFiles.snapshot(site), "the published site is byte for byte as it was");
        // A render task still running when the bake gave up may leave the hidden, empty staging folder; nothing visible.
        Set<String> visible = Set.of("site", "site.previous", ".site.publish-lock");
        assertTrue(Stream.concat(visible.stream(), Stream.of(".site.next.building")).collect(Collectors.toSet())
                .containsAll(names(site.getParent())), names(site.getParent()).toString());

        // Without the limit the same publish goes through and leaves nothing else beside the site.
        Jar.Run again = Jar.run(dir, Jar.java(List.of(), "publish", "-q", "--project", example.toString(), "--to", site.toString()));
        assertEquals(0, again.exit(), again.err());
        assertTrue(visible.containsAll(names(site.getParent())), names(site.getParent()).toString());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
