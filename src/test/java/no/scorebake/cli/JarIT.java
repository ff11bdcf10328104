package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.scorebake.testkit.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scorebake as a process, the way an administrator runs it (the distribution's launcher,
 * {@code target/scorebake/bin/scorebake}): output, exit codes, no stack traces.
 */
class JarIT {

    record Run(int exit, String out, String err) {
    }

    static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = Launcher.command(args);
        // The output files are deleted once read, or when the command fails, so runs leave none behind.
        Path out = Files.createTempFile("scorebake-jarit", ".out");
        Path err = Files.createTempFile("scorebake-jarit", ".err");
        Run r;
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the command did not finish: " + command);
            }
            r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
        assertFalse((r.out + r.err).contains("\tat "), "stack trace:\n" + r.err);
        return r;
    }

    @Test
    void helpAndVersion(@TempDir Path dir) throws Exception {
        Run help = java(dir, "--help");
        assertEquals(0, help.exit);
        for (String command : List.of("check", "build", "serve", "publish", "new", "sheets")) {
            assertTrue(help.out.contains(command), help.out);
            Run sub = java(dir, command, "--help");
            assertEquals(0, sub.exit, command);
            assertTrue(sub.out.contains("Usage: scorebake " + command), sub.out);
        }
        Run version = java(dir, "--version");
        assertEquals(0, version.exit);
        assertTrue(version.out.startsWith("scorebake "), version.out);
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
        Run unknown = java(dir, "build", "--no-such-option");
        assertEquals(2, unknown.exit);
        assertTrue(unknown.err.contains("Unknown option: '--no-such-option'"), unknown.err);
        Run period = java(dir, "build", "--period", "aug 2005");
        assertEquals(2, period.exit);
        assertTrue(period.err.contains("'aug 2005' is not a month; write it like 2005-08"), period.err);
        Run nothing = java(dir);
        assertEquals(2, nothing.exit);
    }

    @Test
    void newThenCheckThenBuild(@TempDir Path dir) throws Exception {
        Run created = java(dir, "new", "project");
        assertEquals(0, created.exit, created.err);
        Path project = dir.resolve("project");
        assertTrue(Files.isRegularFile(project.resolve("model/site.yaml")));
        Run check = java(project, "check");
        assertEquals(0, check.exit, check.err);
        assertTrue(check.out.contains("current period 2006-04"), check.out);
        Run build = java(project, "build");
        assertEquals(0, build.exit, build.err);
        assertTrue(build.out.startsWith("Baked 6 scorecards × 16 periods (up to 2006-04)"), build.out);
        assertTrue(build.err.contains("rendering: "), "phases are reported on standard error: " + build.err);
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
        Run quiet = java(project, "build", "--quiet");
        assertEquals(0, quiet.exit);
        assertEquals("", quiet.out + quiet.err);
        Run again = java(dir, "new", "project");
        assertEquals(2, again.exit);
        assertTrue(again.err.contains("exists and is not empty"), again.err);
    }

    @Test
    void brokenModelExitsTwoWithPathAndLine(@TempDir Path dir) throws Exception {
        assertEquals(0, java(dir, "new", "p").exit);
        Path project = dir.resolve("p");
        Files.writeString(project.resolve("model/site.yaml"), "title: X\nlanguage: se\n");
        Run check = java(project, "check");
        assertEquals(2, check.exit);
        assertTrue(check.err.contains("model/site.yaml:2:11: unknown language 'se' — known: nb, nn, en"), check.err);
        Run build = java(project, "build");
        assertEquals(2, build.exit);
        assertFalse(Files.exists(project.resolve("site")), "nothing is written");
    }
}
