package no.scorebake.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.scorebake.cli.Main;
import no.scorebake.testkit.TestFiles;

/** {@code scorebake serve} run in-process on a thread of its own, as a test drives it: started, read, interrupted. */
final class Serving implements AutoCloseable {

    static final Pattern URL = Pattern.compile("Serving (http://\\S+/)");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger exit = new AtomicInteger(-1);
    private final Thread thread;

    Serving(String... args) {
        thread = new Thread(() -> exit.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args)), "serve-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    /** The URL serve printed, once it has (the first build done); fails after the deadline. */
    URI url(Duration deadline) {
        boolean up = Http.await(deadline, () -> URL.matcher(out.toString()).find() || !thread.isAlive());
        Matcher m = URL.matcher(out.toString());
        if (!up || !m.find()) {
            throw new AssertionError("serve printed no URL (exit " + exit.get() + "):\n" + out + "\n" + err);
        }
        return URI.create(m.group(1));
    }

    /** Interrupts it (as Ctrl-C would) and returns its exit status. */
    int stop() throws InterruptedException {
        thread.interrupt();
        thread.join(20_000);
        if (thread.isAlive()) {
            throw new AssertionError("serve did not stop");
        }
        return exit.get();
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            stop();
        }
    }

    /** Copies the example project's model/ and content/ (from the working tree) to a folder of a test. */
    static Path copyExample(Path to) throws IOException {
        TestFiles.copyExample(to);
        return to;
    }

}
