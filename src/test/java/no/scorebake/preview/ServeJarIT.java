package no.scorebake.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/scorebake.jar serve} as a real process (failsafe, after the jar is
 * built): help and usage errors, a port in use, serving the example on a free loopback port,
 * an edit served after the rebuild, and a clean stop with exit 0 on SIGINT (Ctrl-C) and SIGTERM.
 */
class ServeJarIT {

    static final Path JAR = Path.of("target/scorebake.jar").toAbsolutePath();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    Run java(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command(args)).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish: " + List.of(args));
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertFalse((r.out + r.err).contains("\tat "), "stack trace:\n" + r.err);
        return r;
    }

    /** A serve process whose standard output is read as it comes. */
    static final class Server implements AutoCloseable {
        final Process process;
        final StringBuffer out = new StringBuffer();
        final Path err;
        private final Thread reader;

        Server(Path err, String... args) throws IOException {
            this.err = err;
            process = new ProcessBuilder(command(args)).redirectError(err.toFile()).start();
            reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        out.append(line).append('\n');
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "serve-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        URI url() throws IOException {
            boolean up = Http.await(Duration.ofSeconds(120), () -> Serving.URL.matcher(out).find() || !process.isAlive());
            Matcher m = Serving.URL.matcher(out);
            if (!up || !m.find()) {
                throw new AssertionError("no URL printed:\n" + out + "\n" + Files.readString(err));
            }
            return URI.create(m.group(1));
        }

        int awaitExit() throws InterruptedException {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("serve did not stop:\n" + out);
            }
            reader.join(5_000);
            return process.exitValue();
        }

        String err() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void helpExitsZeroAndAUsageErrorTwo() throws Exception {
        Run help = java("serve", "--help");
        assertEquals(0, help.exit);
        assertTrue(help.out.startsWith("Usage: scorebake serve"), help.out);
        assertTrue(help.out.contains("--port") && help.out.contains("--host"), help.out);
        assertTrue(java("--help").out.contains("serve"));
        Run abc = java("serve", "--port", "abc");
        assertEquals(2, abc.exit);
        assertTrue(abc.err.contains("'abc' is not an int"), abc.err);
        assertEquals("", abc.out);
    }

    @Test
    void aPortInUseIsOneLineAndExitTwo() throws Exception {
        Path project = Serving.copyExample(dir.resolve("example"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = java("serve", "--port", String.valueOf(taken.getLocalPort()), "--project", project.toString());
            assertEquals(2, r.exit, r.err);
            assertEquals(List.of("scorebake: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": Address already in use; choose another --port, or --port 0 for any free one"), r.err.lines().toList());
            assertEquals("", r.out);
        }
    }

    @Test
    void servesTheExampleRebuildsOnEditAndStopsCleanlyOnCtrlC() throws Exception {
        Path project = Serving.copyExample(dir.resolve("example"));
        try (Server serve = new Server(dir.resolve("err.txt"), "serve", "--port", "0", "--project", project.toString())) {
            URI base = serve.url();
            assertTrue(base.toString().matches("http://127\\.0\\.0\\.1:\\d+/"), base.toString());
            assertTrue(serve.out.toString().startsWith("Loaded 6 scorecards"), serve.out.toString());
            HttpResponse<String> page = Http.get(base, ServeExampleTest.KPI_PAGE);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("/__scorebake/reload.js"));
            assertEquals(405, Http.send(base, ServeExampleTest.KPI_PAGE, "POST").statusCode());

            Path note = project.resolve(ServeExampleTest.NOTE);
            String marker = "Endret i jar-testen " + System.nanoTime();
            long edited = System.nanoTime();
            Files.writeString(note, Files.readString(note, StandardCharsets.UTF_8)
                    .replace("Mange brukermeldte feil i mars 2005", marker), StandardCharsets.UTF_8);
            HttpResponse<String> after = Http.awaitPage(base, ServeExampleTest.KPI_PAGE, Duration.ofSeconds(10),
                    r -> r.body().contains(marker));
            System.out.println("serve (java -jar, example project): note edit -> new text served in "
                    + (System.nanoTime() - edited) / 1_000_000 + " ms");
            assertTrue(after.body().contains(marker), "the edit was not served within 10 s");

            boolean ctrlC = !sigintIgnored();
            Process kill = new ProcessBuilder(ctrlC ? List.of("kill", "-INT", String.valueOf(serve.process.pid()))
                    : List.of("kill", "-TERM", String.valueOf(serve.process.pid()))).start();
            assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
            assertEquals(0, serve.awaitExit(), "exit status after " + (ctrlC ? "SIGINT" : "SIGTERM") + "; " + serve.err());
            assertTrue(serve.out.toString().endsWith("Stopped.\n"), serve.out.toString());
            String err = serve.err();
            assertFalse(err.contains("\tat "), err);
            assertFalse(err.contains("WARN") || err.contains("INFO"), "no library log lines: " + err);
            assertClosed(base.getPort());
        }
    }

    @Test
    void sigtermStopsCleanlyToo() throws Exception {
        Path project = Serving.copyExample(dir.resolve("example"));
        try (Server serve = new Server(dir.resolve("err.txt"), "serve", "--port", "0", "--project", project.toString(), "--quiet")) {
            URI base = serve.url();
            assertEquals(200, Http.get(base, "/").statusCode());
            serve.process.toHandle().destroy(); // SIGTERM, leaving our end of its output open (Process.destroy closes it)
            assertEquals(0, serve.awaitExit(), serve.err());
            assertEquals("Serving " + base + " (reloads when model/, content/ or themes/ change; Ctrl-C stops)\nStopped.\n",
                    serve.out.toString());
            assertEquals("", serve.err());
            assertClosed(base.getPort());
        }
    }

    private static void assertClosed(int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            throw new AssertionError("still listening on " + port);
        } catch (ConnectException expected) {
            // closed
        }
    }

    /** Whether this JVM (and so its children) was started with SIGINT ignored, as a background job without job control is. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeFalse(!Files.exists(status) && System.getProperty("os.name").startsWith("Windows"), "no kill(1) here");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }
}
