package no.scorebake.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.scorebake.cli.Main;
import no.scorebake.testkit.Launcher;
import no.scorebake.testkit.TestFiles;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scorebake publish} as a real process, started by the distribution's launcher
 * {@code target/scorebake/bin/scorebake} (run by {@code mvn verify}, after the distribution is
 * built): exit codes and output, and a publish killed with SIGKILL in the middle of its bake,
 * which must leave the published folder exactly as it was.
 */
class PublishJarIT {

    record Run(int exit, String out, String err) {
    }

    static List<String> command(String... args) {
        return Launcher.command(args);
    }

    static Process start(Path workDir, Path log, String... args) throws IOException {
        return new ProcessBuilder(command(args)).directory(workDir.toFile())
                .redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile())
                .redirectError(log.resolveSibling(log.getFileName() + ".err").toFile()).start();
    }

    static Run java(Path workDir, String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("scorebake-publish-it", "");
        Path out = Path.of(log + ".out");
        Path err = Path.of(log + ".err");
        Run r;
        try {
            Process p = start(workDir, log, args);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the command did not finish: " + command(args));
            }
            r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            // Deleted when the command fails too, so runs leave nothing in the temp folder.
            for (Path f : List.of(log, out, err)) {
                Files.deleteIfExists(f);
            }
        }
        assertFalse((r.out + r.err).contains("\tat ") || (r.out + r.err).contains("internal error"), "stack trace:\n" + r.err);
        return r;
    }

    private static TestProject smallProject(Path root, String comment) {
        return new TestProject(root)
                .scorecard("A1", "- { id: k, name: Brukerfeil, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value;comment\nA1;k;2005-08;8;" + comment + "\n");
    }

    @Test
    void publishTwiceThenRollBackAsProcesses(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Path site = dir.resolve("share/site");
        Path previous = dir.resolve("share/site.previous");
        String eol = System.lineSeparator();

        Run help = java(dir, "publish", "--help");
        assertEquals(0, help.exit);
        assertTrue(help.out.startsWith("Usage: scorebake publish "), help.out);
        assertTrue(help.out.contains("--rollback") && help.out.contains("--to=DIR"), help.out);
        assertTrue(java(dir, "--help").out.contains("  publish "));

        Run usage = java(dir, "publish");
        assertEquals(2, usage.exit);
        assertTrue(usage.err.startsWith("Missing required option: '--to=DIR'" + eol + "Usage: scorebake publish "), usage.err);
        assertEquals("", usage.out);

        Run nothing = java(dir, "publish", "--rollback", "--to", "share/site");
        assertEquals(2, nothing.exit);
        assertEquals("scorebake: nothing to roll back to: " + previous + " does not exist (publish keeps the version it replaces there)"
                + eol, nothing.err);

        smallProject(project, "Første utgave");
        Run first = java(project, "publish", "--to", "../share/site");
        assertEquals(0, first.exit, first.err);
        assertTrue(first.out.matches("Published 1 scorecard × 1 period \\(up to 2005-08\\), (\\d+) files, to \\Q" + site
                + "\\E; wrote \\d+ files \\([0-9.]+ MB, 100.0 % of the site's bytes\\); there was no earlier version to keep\\R"), first.out);
        assertTrue(first.err.contains("rendering: "), first.err);
        assertTrue(Files.readString(site.resolve("A1/index.html")).contains("Første utgave"));

        smallProject(project, "Andre utgave");
        Run second = java(project, "publish", "--to", site.toString());
        assertEquals(0, second.exit, second.err);
        assertTrue(second.out.matches("(?s).*, to \\Q" + site + "\\E; wrote \\d+ files \\([0-9.]+ MB, [0-9.]+ % of the site's bytes\\), "
                + "hard-linked \\d+ unchanged from the version before; .*"), second.out);
        assertTrue(second.out.endsWith("; the version it replaced is in " + previous
                + " (undo with: scorebake publish --rollback --to " + site + ")" + eol), second.out);
        assertTrue(Files.readString(site.resolve("A1/index.html")).contains("Andre utgave"));
        assertTrue(Files.readString(previous.resolve("A1/index.html")).contains("Første utgave"));
        String firstHash = Trees.hash(previous);
        String secondHash = Trees.hash(site);

        Run back = java(dir, "publish", "--rollback", "--to", site.toString());
        assertEquals(0, back.exit, back.err);
        assertEquals("Rolled back " + site + " to the version that was in " + previous + "; the version it replaced is now " + previous
                + " (roll back again to undo)" + eol, back.out);
        assertEquals("", back.err);
        assertEquals(firstHash, Trees.hash(site));
        assertEquals(secondHash, Trees.hash(previous));

        Run quiet = java(dir, "publish", "--rollback", "--to", site.toString(), "-q");
        assertEquals(0, quiet.exit, quiet.err);
        assertEquals("", quiet.out + quiet.err);
        assertEquals(secondHash, Trees.hash(site), "the second rollback undid the first");
        assertEquals(firstHash, Trees.hash(previous));

        // A broken model: exit 2 with the problem, and the share byte-identical.
        var before = Trees.snapshot(dir.resolve("share"));
        Files.writeString(project.resolve("model/data/b.csv"), "scorecard;kpi;period;value\nA1;k;2005-13;8\n");
        Run broken = java(project, "publish", "--to", site.toString());
        assertEquals(2, broken.exit, broken.err);
        assertTrue(broken.err.startsWith("model/data/b.csv:2:6: period '2005-13' is not a period"), broken.err);
        assertEquals("", broken.out);
        assertEquals(before, Trees.snapshot(dir.resolve("share")));

        // A folder scorebake did not make: refused, untouched.
        Files.delete(project.resolve("model/data/b.csv"));
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("notat.txt"), "mitt\n");
        Run foreign = java(project, "publish", "--to", docs.toString());
        assertEquals(2, foreign.exit);
        assertTrue(foreign.err.startsWith("scorebake: " + docs + " holds files that scorebake did not write"), foreign.err);
        assertEquals(List.of("notat.txt"), Trees.names(docs));
    }

    static Run inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }


    /** A copy of the example project (model/ and content/ of the working tree), with its own chart cache. */
    private static Path example(Path root, String note) throws IOException {
        TestFiles.copyExample(root);
        if (note != null) {
            Files.writeString(root.resolve("content/comments/2005-03/820/user-faults.md"), "\n\n" + note + "\n", StandardOpenOption.APPEND);
        }
        return root;
    }

    /**
     * Publishes the example, then publishes a changed copy and kills it (SIGKILL) 20 times: at
     * seven moments during its bake, found by watching for its staging folder, and at thirteen
     * random moments counted from the start of the process. The process killed is the one
     * started by the launcher, which is the JVM itself (the script gives it its place), with the
     * launcher's bounded heap; nothing of it may be left running. After each kill the published
     * folder must be exactly one of the two complete sites (the old one, unless the kill came
     * after the swap), and the next publish must succeed with exactly the full site. A note of the
     * project takes turns between two texts, so every kill hits a publish that would change the
     * site, and every publish goes by the record of the one before (the kills land before, while
     * and after that record is forgotten, and a publish after a kill goes by it or renders all).
     */
    @Test
    void publishKilledDuringTheBakeLeavesThePublishedFolderAsItWas(@TempDir Path dir) throws Exception {
        // One project whose note takes turns between two texts: each publish goes by the record of the one before.
        Path project = example(dir.resolve("project"), null);
        Path note = project.resolve("content/comments/2005-03/820/user-faults.md");
        String[] notes = {Files.readString(note), Files.readString(note) + "\n\nOppdatert etter publiseringstesten.\n"};
        Path share = dir.resolve("share");
        Path site = share.resolve("site");
        Path staging = share.resolve(".site.next.building");
        Path next = share.resolve("site.next");
        String[] hashes = new String[2];
        long publishMillis = 0;
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            Files.writeString(note, notes[i]);
            Run r = inProcess("publish", "--project", project.toString(), "--to", site.toString(), "-q");
            assertEquals(0, r.exit, r.err);
            hashes[i] = Trees.hash(site);
            publishMillis = (System.nanoTime() - start) / 1_000_000;
        }
        assertNotEquals(hashes[0], hashes[1], "the two texts of the note bake different sites");

        int current = 1;
        int boundedJvms = 0;
        int keptAfterKill = 0;
        List<String> observed = new ArrayList<>();
        // Five kills at 0-300 ms after the staging folder appears; one when it holds 200 files (mid-render);
        // one the moment DIR.next appears (the bake is complete, the swap about to start).
        // Then thirteen at random moments counted from the start of the process, anywhere from the JVM starting
        // to the swap (a seeded random, printed, so a failing run can be repeated).
        long seed = Long.getLong("publish.kill.seed", System.nanoTime());
        java.util.Random random = new java.util.Random(seed);
        long span = 1000 + 2 * publishMillis;
        List<Long> delays = new ArrayList<>(List.of(0L, 50L, 120L, 200L, 300L, MID_RENDER, AT_NEXT));
        for (int i = 0; i < 13; i++) {
            delays.add(FROM_START - random.nextLong(span));
        }
        for (long delay : delays) {
            int other = 1 - current;
            Path log = dir.resolve("killed-" + observed.size());
            Files.writeString(note, notes[other]);
            Process p = start(project, log, "publish", "--to", site.toString());
            Path watch = delay == AT_NEXT ? next : staging;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180); // only against a hang: a loaded machine takes its time
            while (delay > FROM_START && p.isAlive() && (!Files.exists(watch) || delay == MID_RENDER && count(staging) < 200)) {
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    fail("no " + watch.getFileName() + " within 180 s");
                }
                if (delay == AT_NEXT) {
                    Thread.onSpinWait();
                } else {
                    Thread.sleep(1);
                }
            }
            if (delay > 0) {
                Thread.sleep(delay);
            } else if (delay <= FROM_START) {
                Thread.sleep(FROM_START - delay);
            }
            String atKill = Files.exists(staging) ? "staging folder with " + count(staging) + " files"
                    : Files.exists(next) ? "site.next complete" : "no staging folder";
            boolean aliveAtKill = p.isAlive();
            // The launcher execs the JVM: the process started here is the bake, with the launcher's heap, and has no child.
            if (aliveAtKill && p.info().arguments().map(a -> List.of(a).contains(Launcher.HEAP)).orElse(false)) {
                boundedJvms++;
            }
            List<ProcessHandle> children = p.descendants().toList();
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            for (ProcessHandle h : children) {
                try {
                    h.onExit().get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    fail("a process started by a killed publish was still running 60 s after the kill: " + h.info());
                }
            }
            String d = Trees.hash(site);
            String outcome;
            if (d.equals(hashes[current])) {
                outcome = "DIR = the old site, byte for byte";
            } else if (d.equals(hashes[other])) {
                outcome = "DIR = the complete new site (the kill came after the swap)";
            } else if (d.equals(Trees.ABSENT)) {
                // Killed between the two renames of the swap: the next publish puts the old one back.
                assertEquals(hashes[current], Trees.hash(share.resolve("site.previous")));
                outcome = "DIR absent (killed between the renames), old site in site.previous";
            } else {
                outcome = null;
                fail("after the kill " + when(delay) + ", DIR is neither the old nor the new site");
            }
            observed.add(when(delay) + ": "
                    + (aliveAtKill ? "killed (exit " + p.exitValue() + ") with " + atKill : "the publish had already finished (exit "
                            + p.exitValue() + ")") + "; " + outcome);

            // The next publish (in-process, to keep this test short; the killed ones are real processes).
            Run again = inProcess("publish", "--project", project.toString(), "--to", site.toString());
            assertEquals(0, again.exit, again.err);
            assertTrue(again.out.startsWith("Published 6 scorecards × 16 periods (up to 2006-04), "), again.out);
            assertEquals(hashes[other], Trees.hash(site), "the next publish succeeds");
            boolean wentByRecord = again.err.contains(" kept from the last build");
            keptAfterKill += wentByRecord ? 1 : 0;
            observed.set(observed.size() - 1, observed.get(observed.size() - 1) + "; the next publish said: "
                    + again.err.lines().filter(l -> l.startsWith("scorebake: ")).findFirst().orElse("nothing to put right")
                    + (wentByRecord ? ", and kept pages by the record" : ", and rendered every page"));
            assertTrue(Set.of("site", "site.previous", ".site.publish-lock").containsAll(Trees.names(share)), Trees.names(share).toString());
            current = other;
        }
        System.out.println("PublishJarIT kill runs (random moments from seed " + seed + ", -Dpublish.kill.seed to repeat):" + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", observed));
        System.out.flush();
        assertTrue(boundedJvms > 0, "the launcher's process is the JVM that bakes, with the bounded heap");
        long killedInBake = observed.stream().filter(s -> s.contains("killed (exit") && s.contains("DIR = the old site")).count();
        assertTrue(killedInBake >= 5, "most kills land in the bake:\n" + String.join("\n", observed));
        assertTrue(keptAfterKill > 0, "a kill in the bake leaves the record of the publish before, and the next goes by it:\n"
                + String.join("\n", observed));
    }

    private static final long MID_RENDER = -1;
    private static final long AT_NEXT = -2;
    /** Delays at or below this are FROM_START - ms: a kill that many ms after the process started. */
    private static final long FROM_START = -1000;

    private static String when(long delay) {
        return delay <= FROM_START ? (FROM_START - delay) + " ms after the process started" : delay == AT_NEXT ? "when site.next appeared" : delay == MID_RENDER ? "when the staging folder held 200 files"
                : delay + " ms after the staging folder appeared";
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1; // changing under us
        }
    }
}
