package no.scorebake.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.bake.Build;
import no.scorebake.bake.Progress;
import no.scorebake.problem.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bakes the project into the preview folder, one build at a time. {@link #request()} asks for a
 * build on the rebuilder's own thread; requests that arrive while a build runs are folded into
 * exactly one more build after it, so a burst of saves never queues a burst of builds.
 */
public final class Rebuilder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilder.class);

    /** What one build did, for the console: whether it baked, and the lines it printed (its problems when it did not). */
    public record Outcome(long build, boolean ok, long millis, List<String> lines, Build.Result result) {
    }

    /** Hears of every finished build (on the thread that ran it). */
    public interface Listener {
        void built(Outcome outcome);
    }

    private final Path project;
    private final Path out;
    private final YearMonth period;
    private final BuildState state;
    private final Listener listener;
    private final Object buildLock = new Object();
    private final Thread thread;
    private boolean pending;
    private boolean closed;

    public Rebuilder(Path project, Path out, YearMonth period, BuildState state, Listener listener) {
        this.project = project;
        this.out = out;
        this.period = period;
        this.state = state;
        this.listener = listener;
        this.thread = new Thread(this::loop, "scorebake-rebuild");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Asks for a build soon; returns at once. */
    public synchronized void request() {
        pending = true;
        notifyAll();
    }

    /** Builds now on the calling thread (after any running build), e.g. the first build before serving. */
    public Outcome buildNow(Progress progress) {
        synchronized (buildLock) {
            state.started();
            long start = System.nanoTime();
            StringWriter captured = new StringWriter();
            Build.Result result = null;
            try (PrintWriter err = new PrintWriter(captured)) {
                try {
                    result = Build.run(project, out, period, progress, err);
                } catch (InputException e) {
                    e.lines().forEach(err::println);
                } catch (IOException e) {
                    LOG.debug("the preview build could not write", e);
                    err.println("scorebake: cannot write the preview: " + e.getMessage());
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    // The server keeps running with the last good site; the page and the console say it is a bug.
                    LOG.debug("the preview build failed", e);
                    err.println("scorebake: internal error while baking: " + e + " — this is a bug; please report it");
                }
            }
            List<String> lines = captured.toString().lines().toList();
            boolean ok = result != null;
            state.finished(ok, lines);
            Outcome outcome = new Outcome(state.snapshot().build(), ok, (System.nanoTime() - start) / 1_000_000L, lines, result);
            listener.built(outcome);
            return outcome;
        }
    }

    private void loop() {
        while (true) {
            synchronized (this) {
                while (!pending && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            synchronized (buildLock) {
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                    // Cleared only now that no other build runs: a request made during that build still counts.
                    pending = false;
                }
                try {
                    buildNow(Progress.QUIET);
                } catch (RuntimeException e) {
                    // A listener failed; the next change builds again.
                    LOG.debug("a listener of the preview build failed", e);
                }
            }
        }
    }

    /** Stops taking requests and waits (at most a few seconds) for a running build to end. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
