package no.scorebake.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.scorebake.cli.Main;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code scorebake serve} in-process: help, usage errors, refusals, and a small project served and stopped. */
class ServeCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private TestProject project() {
        return new TestProject(dir.resolve("project"))
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\n");
    }

    @Test
    void helpExitsZero() {
        Run help = run("serve", "--help");
        assertEquals(0, help.exit);
        assertTrue(help.out.startsWith("Usage: scorebake serve"), help.out);
        for (String option : new String[] {"--port", "--host", "--project", "--period"}) {
            assertTrue(help.out.contains(option), option + " in " + help.out);
        }
        assertTrue(help.out.contains("default: 8080"), help.out);
        assertTrue(help.out.contains("default: 127.0.0.1"), help.out);
        assertTrue(run("--help").out.contains("serve"), "listed among the commands");
    }

    @Test
    void theDefaultHostIsLoopback() {
        CommandLine serve = new CommandLine(new Main()).getSubcommands().get("serve");
        assertEquals("127.0.0.1", serve.getCommandSpec().findOption("--host").defaultValue());
        assertEquals("8080", serve.getCommandSpec().findOption("--port").defaultValue());
    }

    @Test
    void usageErrorsExitTwo() {
        Run abc = run("serve", "--port", "abc");
        assertEquals(2, abc.exit);
        assertTrue(abc.err.contains("'abc'") && abc.err.contains("--port"), abc.err);
        Run big = run("serve", "--port", "70000", "--project", project().root().toString());
        assertEquals(2, big.exit);
        assertTrue(big.err.contains("--port 70000 is not a port"), big.err);
        Run unknown = run("serve", "--watch-nothing");
        assertEquals(2, unknown.exit);
        assertTrue(unknown.err.contains("Unknown option: '--watch-nothing'"), unknown.err);
    }

    @Test
    void aPortInUseIsOneLineAndExitTwo() throws Exception {
        Path root = project().root();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--project", root.toString());
            assertEquals(2, r.exit, r.err);
            assertEquals(1, r.err.lines().count(), r.err);
            assertTrue(r.err.startsWith("scorebake: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), r.err);
            assertTrue(r.err.contains("--port 0"), r.err);
            assertEquals("", r.out);
        }
    }

    @Test
    void refusesWhatItCannotServe() throws Exception {
        Run noModel = run("serve", "--port", "0", "--project", dir.toString());
        assertEquals(2, noModel.exit);
        assertTrue(noModel.err.contains("has no model/ folder"), noModel.err);
        Path root = project().root();
        Run host = run("serve", "--port", "0", "--project", root.toString(), "--host", "no-such-host.invalid");
        assertEquals(2, host.exit);
        assertTrue(host.err.contains("unknown host 'no-such-host.invalid'"), host.err);
    }

    @Test
    void aNonLoopbackHostIsWarnedAbout() {
        // 192.0.2.1 is TEST-NET-1, never this machine's: the warning comes first, then binding fails.
        Run r = run("serve", "--port", "0", "--project", project().root().toString(), "--host", "192.0.2.1");
        assertTrue(r.err.startsWith("warning: serving on 192.0.2.1, not loopback: the preview is visible to others"), r.err);
        assertEquals(2, r.exit, r.err);
        assertFalse(r.err.contains("\tat "), r.err);
    }

    @Test
    void servesASmallProjectUntilInterrupted() throws Exception {
        Path root = project().root();
        try (Serving serve = new Serving("serve", "--port", "0", "--project", root.toString())) {
            URI base = serve.url(Duration.ofSeconds(60));
            assertTrue(base.toString().matches("http://127\\.0\\.0\\.1:\\d+/"), base.toString());
            assertEquals(200, Http.get(base, "/").statusCode());
            assertTrue(serve.out.toString().startsWith("Loaded 1 scorecards (up to 2005-08) in "), serve.out.toString());
            assertFalse(Files.exists(root.resolve(".scorebake/preview")), "no preview folder: pages are rendered when asked for");
            assertFalse(Files.exists(root.resolve("site")), "build's site/ is left alone");
            assertEquals(0, serve.stop());
            assertTrue(serve.out.toString().contains("Stopped."), serve.out.toString());
            assertFalse(serve.err.toString().contains("\tat "), serve.err.toString());
            assertFalse(serve.err.toString().contains("WARN"), "no library log lines: " + serve.err);
        }
    }

    @Test
    void aBrokenModelAtStartStillServesTheErrors() throws Exception {
        TestProject p = project().file("model/data/b.csv", "scorecard;kpi;period;value\nA;k;2005-13;8\n");
        try (Serving serve = new Serving("serve", "--port", "0", "--project", p.root().toString(), "--out", dir.resolve("preview").toString())) {
            URI base = serve.url(Duration.ofSeconds(60));
            var page = Http.get(base, "/");
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains("model/data/b.csv:2:"), page.body());
            assertTrue(serve.err.toString().contains("The first load failed"), serve.err.toString());
            p.file("model/data/b.csv", "scorecard;kpi;period;value\nA;k;2005-07;8\n");
            var fixed = Http.awaitPage(base, "/", Duration.ofSeconds(10), r -> r.statusCode() == 200);
            assertEquals(200, fixed.statusCode(), fixed.body());
            assertTrue(serve.err.toString().contains("--out is ignored"), serve.err.toString());
            assertFalse(Files.exists(dir.resolve("preview")), "nothing is written there");
            assertEquals(0, serve.stop());
        }
    }
}
