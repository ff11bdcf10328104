package no.scorebake.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import no.scorebake.bake.OutputFolder;
import no.scorebake.problem.InputException;
import no.scorebake.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Publisher with small fake sites, stopped dead at every moment: after every rename, every
 * deleted file and every file the bake writes, a checkpoint throws an Error that nothing in
 * Publisher catches, so the folders are left exactly as a SIGKILL at that moment would leave
 * them. Then the next publish or rollback must find a consistent state and do its work.
 */
class PublisherTest {

    @TempDir
    Path dir;

    /** Hash of each fake version's complete site, by version. */
    private final Map<String, Integer> versions = new HashMap<>();

    /** Stops a run dead, like SIGKILL: an Error, which Publisher neither catches nor cleans up after. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed(String at) {
            super("killed after: " + at, null, false, false);
        }
    }

    /** Kills the run at the n-th checkpoint it counts (all, or only some) and remembers the steps it saw. */
    static final class Killer implements Publisher.Checkpoint {
        final int at;
        final Predicate<String> counts;
        final List<String> steps = new ArrayList<>();
        int counted;

        Killer(int at) {
            this(at, step -> true);
        }

        Killer(int at, Predicate<String> counts) {
            this.at = at;
            this.counts = counts;
        }

        @Override
        public void reached(String step) {
            steps.add(step);
            if (counts.test(step) && ++counted == at) {
                throw new Killed(step);
            }
        }

        String last() {
            return steps.isEmpty() ? "(start)" : steps.get(steps.size() - 1);
        }
    }

    static final Publisher.Checkpoint NONE = step -> { };

    /**
     * Bakes fake version v the way a publish does (OutputFolder assembled beside the published
     * site: unchanged files hard-linked from it, the rest written into a staging folder renamed
     * in when done), reaching a checkpoint after each file. The stylesheet and the marker are the
     * same in every version, so every kill below finds them shared by DIR, DIR.previous and the
     * new version.
     */
    static Publisher.Bake version(int v, Publisher.Checkpoint cp) {
        return (folder, current) -> {
            OutputFolder out = AssembledFolder.assemble(folder, current);
            cp.reached("made the staging folder");
            for (String[] f : new String[][] {{"assets/style.css", "body { margin: 0 }\n"}, {"index.html", "<h1>v" + v + "</h1>\n"},
                    {"a/b/page.html", "v" + v + " page\n"}}) {
                out.write(f[0], f[1]);
                cp.reached("wrote " + f[0]);
            }
            out.commit();
            return true;
        };
    }

    @BeforeEach
    void referenceSites() throws IOException {
        for (int v = 1; v <= 5; v++) {
            Path ref = dir.resolve("reference/v" + v);
            assertTrue(version(v, NONE).into(ref, null));
            versions.put(Trees.hash(ref), v);
        }
        assertEquals(5, versions.size());
    }

    /** "v3", "absent", or "MIX" for anything that is not exactly one complete version. */
    private String which(Path folder) {
        String h = Trees.hash(folder);
        if (h.equals(Trees.ABSENT)) {
            return "absent";
        }
        Integer v = versions.get(h);
        return v == null ? "MIX " + Trees.snapshot(folder).keySet() : "v" + v;
    }

    private static Path previous(Path site) {
        return site.resolveSibling(site.getFileName() + ".previous");
    }

    private String state(Path site) {
        return "DIR=" + which(site) + " DIR.previous=" + which(previous(site));
    }

    private static void publish(Path site, int v) throws Exception {
        Publisher.Published p = new Publisher(site, NONE).publish(version(v, NONE), n -> { });
        assertTrue(p.done());
    }

    private static Publisher.RolledBack rollback(Path site) throws Exception {
        return new Publisher(site, NONE).rollback(n -> { });
    }

    /** After a run that finished: only DIR, DIR.previous and the lock file are left beside DIR (hidden or not). */
    private static void onlyDirAndPreviousLeft(Path site) {
        Set<String> allowed = Set.of("site", "site.previous", ".site.publish-lock");
        List<String> names = Trees.names(site.getParent());
        assertTrue(allowed.containsAll(names), "left beside DIR: " + names);
    }

    enum Start {
        /** Bake (staging, 3 files, done), DIR.previous parked, DIR -> DIR.previous, DIR.next -> DIR, parked one deleted (4 files, 4 folders). */
        CURRENT_AND_PREVIOUS(2, 1, 16),
        CURRENT_ONLY(2, 0, 7),
        NOTHING(0, 0, 6);

        final int current;
        final int previous;
        final int moments;

        Start(int current, int previous, int moments) {
            this.current = current;
            this.previous = previous;
            this.moments = moments;
        }

        String currentName() {
            return current == 0 ? "absent" : "v" + current;
        }

        String previousName() {
            return previous == 0 ? "absent" : "v" + previous;
        }
    }

    private Path start(String name, Start start) throws Exception {
        Path site = dir.resolve(name).resolve("site");
        Files.createDirectories(site.getParent());
        if (start.previous != 0) {
            TestFiles.copyTree(dir.resolve("reference/v" + start.previous), previous(site));
        }
        if (start.current != 0) {
            TestFiles.copyTree(dir.resolve("reference/v" + start.current), site);
        }
        assertEquals("DIR=" + start.currentName() + " DIR.previous=" + start.previousName(), state(site));
        return site;
    }

    /** Publishes v3 and kills it at checkpoint n; null when the publish finished before reaching n. */
    private Killer killPublish(Path site, int n) throws Exception {
        return killPublish(site, new Killer(n));
    }

    private Killer killPublish(Path site, Killer k) throws Exception {
        try {
            new Publisher(site, k).publish(version(3, k), s -> { });
            return null;
        } catch (Killed e) {
            return k;
        }
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void publishKilledAtEveryMomentThenPublishedAgain(Start start) throws Exception {
        int moments = 0;
        for (int n = 1; ; n++) {
            Path site = start("publish-" + n, start);
            Killer k = killPublish(site, n);
            if (k == null) {
                break;
            }
            moments++;
            String d = which(site);
            String p = which(previous(site));
            boolean replaced = d.equals("v3");
            if (replaced) {
                assertEquals(start.current != 0 ? "v" + start.current : start.previousName(), p, "killed after " + k.last());
            } else if (d.equals("absent") && start.current != 0) {
                // The one moment between "DIR -> DIR.previous" and "DIR.next -> DIR".
                assertEquals("moved site to site.previous", k.last());
                assertEquals("v" + start.current, p);
                assertTrue(Files.isDirectory(site.resolveSibling("site.next")));
            } else {
                assertEquals(start.currentName(), d, "killed after " + k.last() + ": DIR as it was");
            }

            List<String> notices = new ArrayList<>();
            assertTrue(new Publisher(site, NONE).publish(version(4, NONE), notices::add).done());
            String expectedPrevious = replaced ? "v3" : start.current != 0 ? start.currentName() : start.previousName();
            assertEquals("DIR=v4 DIR.previous=" + expectedPrevious, state(site), "after a kill after " + k.last() + " and a new publish");
            onlyDirAndPreviousLeft(site);
            if (!expectedPrevious.equals("absent")) {
                assertTrue(Files.isSameFile(site.resolve("assets/style.css"), previous(site).resolve("assets/style.css")),
                        "the unchanged stylesheet is one file, hard-linked into both versions");
            }
        }
        assertEquals(start.moments, moments, "moments a kill can hit");
    }

    @ParameterizedTest
    @EnumSource(Start.class)
    void publishKilledAtEveryMomentThenRolledBack(Start start) throws Exception {
        for (int n = 1; ; n++) {
            Path site = start("publish-rollback-" + n, start);
            Killer k = killPublish(site, n);
            if (k == null) {
                break;
            }
            boolean replaced = which(site).equals("v3");
            String current = replaced ? "v3" : start.currentName();
            String previous = replaced ? (start.current != 0 ? start.currentName() : start.previousName()) : start.previousName();
            if (!current.equals("absent") && !previous.equals("absent")) {
                assertEquals(Publisher.RolledBack.SWAPPED, rollback(site));
                assertEquals("DIR=" + previous + " DIR.previous=" + current, state(site), "killed after " + k.last());
            } else if (current.equals("absent") && !previous.equals("absent")) {
                assertEquals(Publisher.RolledBack.RESTORED, rollback(site));
                assertEquals("DIR=" + previous + " DIR.previous=absent", state(site), "killed after " + k.last());
            } else {
                InputException e = assertThrows(InputException.class, () -> rollback(site));
                assertTrue(e.getMessage().startsWith("nothing to roll back to: "), e.getMessage());
                assertEquals("DIR=" + current + " DIR.previous=absent", state(site), "killed after " + k.last());
            }
            onlyDirAndPreviousLeft(site);
        }
    }

    /** Rolls back v2 (DIR) / v1 (DIR.previous), killed at checkpoint n; null when it finished first. */
    private Killer killRollback(Path site, int n) throws Exception {
        return killRollback(site, new Killer(n));
    }

    private Killer killRollback(Path site, Killer k) throws Exception {
        try {
            new Publisher(site, k).rollback(s -> { });
            return null;
        } catch (Killed e) {
            return k;
        }
    }

    @Test
    void rollbackKilledAtEveryMomentThenRolledBackAgainRollsBackOnce() throws Exception {
        int moments = 0;
        for (int n = 1; ; n++) {
            Path site = start("rollback-" + n, Start.CURRENT_AND_PREVIOUS);
            Killer k = killRollback(site, n);
            if (k == null) {
                break;
            }
            moments++;
            String d = which(site);
            assertTrue(Set.of("v1", "v2", "absent").contains(d), d);
            boolean parked = Files.exists(site.resolveSibling(".site.rolling-back"));
            List<String> notices = new ArrayList<>();
            Publisher.RolledBack r = new Publisher(site, NONE).rollback(notices::add);
            if (d.equals("v1") && !parked) {
                // Killed after its last rename: that rollback was complete, so this is a second one.
                assertEquals(Publisher.RolledBack.SWAPPED, r);
                assertEquals("DIR=v2 DIR.previous=v1", state(site));
            } else {
                assertEquals(d.equals("v1") ? Publisher.RolledBack.FINISHED_INTERRUPTED : Publisher.RolledBack.SWAPPED, r,
                        "killed after " + k.last());
                assertEquals("DIR=v1 DIR.previous=v2", state(site), "killed after " + k.last());
                assertEquals(1, notices.size(), notices.toString());
                assertTrue(notices.get(0).startsWith("an earlier rollback of "), notices.get(0));
            }
            onlyDirAndPreviousLeft(site);
        }
        assertEquals(3, moments, "three renames");
    }

    @Test
    void rollbackKilledAtEveryMomentThenPublished() throws Exception {
        for (int n = 1; ; n++) {
            Path site = start("rollback-publish-" + n, Start.CURRENT_AND_PREVIOUS);
            Killer k = killRollback(site, n);
            if (k == null) {
                break;
            }
            String d = which(site);
            publish(site, 4);
            assertEquals("DIR=v4 DIR.previous=" + (d.equals("v1") ? "v1" : "v2"), state(site), "killed after " + k.last());
            onlyDirAndPreviousLeft(site);
        }
    }

    enum Op { PUBLISH, ROLLBACK }

    static final Predicate<String> NOT_DELETING = step -> !step.startsWith("deleted");

    /**
     * A kill after any rename or bake step, then the run that puts it right killed after each of
     * its own (kills while deleting are covered above), then a run to the end: never a mix.
     */
    @ParameterizedTest
    @EnumSource(Op.class)
    void killedWhilePuttingRightAKilledRun(Op second) throws Exception {
        int runs = 0;
        for (Op first : Op.values()) {
            for (int n = 1; ; n++) {
                Path probe = start("probe-" + first + "-" + second + "-" + n, Start.CURRENT_AND_PREVIOUS);
                if ((first == Op.PUBLISH ? killPublish(probe, new Killer(n, NOT_DELETING)) : killRollback(probe, n)) == null) {
                    break;
                }
                for (int m = 1; ; m++) {
                    Path site = start("nested-" + first + "-" + second + "-" + n + "-" + m, Start.CURRENT_AND_PREVIOUS);
                    if (first == Op.PUBLISH) {
                        killPublish(site, new Killer(n, NOT_DELETING));
                    } else {
                        killRollback(site, n);
                    }
                    assertNoMix(site);
                    Killer k = new Killer(m, NOT_DELETING);
                    try {
                        if (second == Op.PUBLISH) {
                            new Publisher(site, k).publish(version(4, k), s -> { });
                        } else {
                            new Publisher(site, k).rollback(s -> { });
                        }
                        break; // finished before the m-th moment
                    } catch (Killed e) {
                        runs++;
                    } catch (InputException e) {
                        assertTrue(e.getMessage().startsWith("nothing to roll back to"), e.getMessage());
                        break;
                    }
                    assertNoMix(site);
                    publish(site, 5);
                    assertEquals("v5", which(site));
                    String p = which(previous(site));
                    assertTrue(Set.of("v1", "v2", "v3", "v4").contains(p), "DIR.previous after " + first + "@" + n + ", " + second + "@" + m + ": " + p);
                    onlyDirAndPreviousLeft(site);
                }
            }
        }
        assertTrue(runs > 30, "nested kills: " + runs);
    }

    private void assertNoMix(Path site) {
        for (Path p : List.of(site, previous(site), site.resolveSibling("site.next"))) {
            assertFalse(which(p).startsWith("MIX"), p + ": " + which(p));
        }
    }

    /** Everything beside and below DIR but the lock file (which a first publish leaves, failed or not). */
    private static Map<String, String> besideDir(Path site) {
        Map<String, String> all = Trees.snapshot(site.getParent());
        all.remove(".site.publish-lock");
        return all;
    }

    @Test
    void aFailedBakeChangesNothing() throws Exception {
        Path site = start("failed", Start.CURRENT_AND_PREVIOUS);
        var before = besideDir(site);
        Publisher.Published p = new Publisher(site, NONE).publish((folder, current) -> {
            OutputFolder out = AssembledFolder.assemble(folder, current);
            out.write("index.html", "half");
            out.abandon();
            return false;
        }, s -> fail(s));
        assertFalse(p.done());
        assertEquals(before, besideDir(site));
    }

    /**
     * The bake is told once its folder is DIR, under the lock, so it can record what it
     * published; a failure to record leaves the publish done and says so in a notice.
     */
    @Test
    void theBakeIsToldOnceItsFolderIsPublishedAndAFailureToRecordItIsANotice() throws Exception {
        Path site = start("recorded", Start.CURRENT_AND_PREVIOUS);
        Publisher.Bake v3 = version(3, NONE);
        List<String> seen = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Publisher.Published p = new Publisher(site, NONE).publish(new Publisher.Bake() {
            @Override
            public boolean into(Path folder, Path current) throws IOException {
                return v3.into(folder, current);
            }

            @Override
            public void published() throws IOException {
                InputException locked = assertThrows(InputException.class, () -> rollback(site), "still under the lock");
                seen.add(which(site) + ", previous " + which(previous(site)) + ", "
                        + (locked.getMessage().startsWith("another publish or rollback of " + site + " is running") ? "locked" : locked.getMessage()));
                throw new IOException("No space left on device");
            }
        }, notices::add);
        assertTrue(p.done());
        assertEquals(List.of("v3, previous v2, locked"), seen);
        assertEquals(List.of("published, but the record of what was published could not be saved (No space left on device); "
                + "the next publish renders every page"), notices);
        assertEquals("v3", which(site));
    }

    @Test
    void aBakeThatThrowsChangesNothingAndLeavesNoNext() throws Exception {
        Path site = start("throws", Start.CURRENT_AND_PREVIOUS);
        var before = besideDir(site);
        IOException e = assertThrows(IOException.class, () -> new Publisher(site, NONE).publish((folder, current) -> {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(Publisher.MARKER), "");
            Files.writeString(folder.resolve("index.html"), "half");
            throw new IOException("disk full");
        }, s -> { }));
        assertEquals("disk full", e.getMessage());
        assertEquals(before, besideDir(site));
    }

    @Test
    void refusesFoldersItDidNotMakeAndTouchesNothing() throws Exception {
        for (String foreign : List.of("site", "site.previous", "site.next")) {
            Path site = start("foreign-" + foreign, Start.CURRENT_ONLY);
            Path f = site.resolveSibling(foreign);
            deleteTree(f);
            Files.createDirectories(f.resolve("Documents"));
            Files.writeString(f.resolve("Documents/budsjett.txt"), "viktig\n");
            var before = Trees.snapshot(site.getParent());
            InputException e = assertThrows(InputException.class,
                    () -> new Publisher(site, NONE).publish(version(3, NONE), s -> { }));
            assertTrue(e.getMessage().contains("holds files that scorebake did not write (no .scorebake-site marker)"), e.getMessage());
            assertEquals(before, Trees.snapshot(site.getParent()), foreign);
            assertThrows(InputException.class, () -> rollback(site));
            assertEquals(before, Trees.snapshot(site.getParent()), foreign);
        }
        Path file = dir.resolve("file/site");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not a folder");
        InputException e = assertThrows(InputException.class, () -> publish(file, 1));
        assertTrue(e.getMessage().endsWith("is a file, not a folder; choose another --to"), e.getMessage());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void anEmptyFolderIsReplacedAndKeptAsPrevious() throws Exception {
        Path site = dir.resolve("empty/site");
        Files.createDirectories(site);
        publish(site, 1);
        assertEquals("DIR=v1", state(site).split(" ")[0]);
        assertEquals(List.of(), Trees.names(previous(site)));
    }

    @Test
    void oneRunAtATime() throws Exception {
        Path site = start("locked", Start.CURRENT_AND_PREVIOUS);
        Map<String, String> before;
        try (FileChannel c = FileChannel.open(site.resolveSibling(".site.publish-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = c.lock()) {
            assertTrue(held.isValid());
            before = Trees.snapshot(site.getParent());
            InputException e = assertThrows(InputException.class, () -> publish(site, 3));
            assertTrue(e.getMessage().startsWith("another publish or rollback of " + site + " is running"), e.getMessage());
            assertThrows(InputException.class, () -> rollback(site));
        }
        assertEquals(before, Trees.snapshot(site.getParent()));
        publish(site, 3);
        assertEquals("DIR=v3 DIR.previous=v2", state(site));
    }

    @Test
    void rollbackWithoutACurrentVersionRestoresThePreviousOne() throws Exception {
        Path site = start("deleted-by-hand", Start.CURRENT_AND_PREVIOUS);
        deleteTree(site);
        assertEquals(Publisher.RolledBack.RESTORED, rollback(site));
        assertEquals("DIR=v1 DIR.previous=absent", state(site));
    }

    @Test
    void rollbackWithoutPreviousSaysSo() throws Exception {
        Path site = start("no-previous", Start.CURRENT_ONLY);
        InputException e = assertThrows(InputException.class, () -> rollback(site));
        assertEquals("nothing to roll back to: " + previous(site) + " does not exist (publish keeps the version it replaces there)",
                e.getMessage());
        InputException none = assertThrows(InputException.class, () -> rollback(dir.resolve("nowhere/site")));
        assertTrue(none.getMessage().startsWith("nothing to roll back to: "), none.getMessage());
        assertFalse(Files.exists(dir.resolve("nowhere")), "a rollback creates nothing");
        assertNotEquals("absent", which(site));
    }


    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
