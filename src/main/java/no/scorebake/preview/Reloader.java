package no.scorebake.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.bake.LiveProject;
import no.scorebake.bake.OnDemandSite;
import no.scorebake.problem.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the preview's site: loads the project once, serves each file rendered when it is first
 * asked for and kept in a {@link PageCache} after, and after a save loads again only the parts
 * that changed ({@link LiveProject}) and starts a new cache. {@link #request} asks for a reload
 * on the reloader's own thread; requests that arrive while a reload runs are folded into exactly
 * one more reload after it. A reload that fails keeps the last good site, and the parts it could
 * not load stay due until one succeeds.
 */
public final class Reloader implements Pages, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);

    /**
     * How many bytes of rendered files the preview keeps: a few thousand pages, well within the
     * launcher's heap beside a loaded model of Bergen's size.
     */
    static final long CACHE_BYTES = 64L * 1024 * 1024;

    /** What one reload did, for the console: whether it loaded, its lines (warnings, or its problems when it did not), and the site. */
    public record Outcome(long build, boolean ok, long millis, List<String> lines, OnDemandSite site) {
    }

    /** Hears of every finished reload (on the thread that ran it), and of pages that failed to render. */
    public interface Listener {
        void built(Outcome outcome);

        /** A page could not be rendered: the browser shows these lines for it. */
        default void renderFailed(String path, List<String> lines) {
        }
    }

    /** A site and the files served of it so far. */
    private record Served(OnDemandSite site, PageCache cache) {
    }

    private final LiveProject project;
    private final BuildState state;
    private final Listener listener;
    private final Object reloadLock = new Object();
    private final Thread thread;
    private final Set<LiveProject.Part> requested = EnumSet.noneOf(LiveProject.Part.class);
    private final Set<LiveProject.Part> due = EnumSet.allOf(LiveProject.Part.class);
    private volatile Served served;
    private boolean closed;

    public Reloader(Path project, YearMonth period, BuildState state, Listener listener) {
        this.project = new LiveProject(project, period);
        this.state = state;
        this.listener = listener;
        this.thread = new Thread(this::loop, "scorebake-reload");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Asks for a reload of {@code parts} soon; returns at once. */
    public synchronized void request(Set<LiveProject.Part> parts) {
        if (parts.isEmpty()) {
            return;
        }
        requested.addAll(parts);
        notifyAll();
    }

    /**
     * Reloads {@code parts} now on the calling thread (after any running reload), together with
     * whatever an earlier failed reload left due; the first call loads everything.
     */
    public Outcome reloadNow(Set<LiveProject.Part> parts) {
        synchronized (reloadLock) {
            state.started();
            long start = System.nanoTime();
            StringWriter captured = new StringWriter();
            OnDemandSite site = null;
            Set<LiveProject.Part> loading = EnumSet.copyOf(due);
            loading.addAll(parts);
            try (PrintWriter err = new PrintWriter(captured)) {
                try {
                    site = project.reload(loading, err);
                } catch (InputException e) {
                    e.lines().forEach(err::println);
                } catch (IOException e) {
                    LOG.debug("the preview could not read the project", e);
                    err.println("scorebake: cannot read the project: " + e.getMessage());
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    // The server keeps the last good site; the page and the console say it is a bug.
                    LOG.debug("the preview's reload failed", e);
                    err.println("scorebake: internal error while loading: " + e + " — this is a bug; please report it");
                }
            }
            List<String> lines = captured.toString().lines().toList();
            boolean ok = site != null;
            due.clear();
            if (ok) {
                served = new Served(site, new PageCache(CACHE_BYTES));
            } else {
                due.addAll(loading);
            }
            state.finished(ok, lines);
            Outcome outcome = new Outcome(state.snapshot().build(), ok, (System.nanoTime() - start) / 1_000_000L, lines, site);
            listener.built(outcome);
            return outcome;
        }
    }

    /** The site served now; null until a load has succeeded. */
    public OnDemandSite site() {
        Served s = served;
        return s == null ? null : s.site();
    }

    @Override
    public byte[] file(String path) throws IOException {
        Served s = served;
        if (s == null) {
            return null;
        }
        byte[] kept = s.cache().get(path);
        if (kept != null) {
            return kept;
        }
        Map<String, byte[]> rendered;
        try {
            rendered = s.site().render(path);
        } catch (InputException e) {
            listener.renderFailed(path, e.lines());
            throw e;
        }
        if (rendered == null) {
            return null;
        }
        s.cache().putAll(rendered);
        return rendered.get(path);
    }

    @Override
    public boolean folder(String path) {
        Served s = served;
        return s != null && s.site().folder(path);
    }

    private void loop() {
        while (true) {
            Set<LiveProject.Part> parts;
            synchronized (this) {
                while (requested.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            synchronized (reloadLock) {
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                    // Taken only now that no other reload runs: a request made during that reload still counts.
                    parts = EnumSet.copyOf(requested);
                    requested.clear();
                }
                try {
                    reloadNow(parts);
                } catch (RuntimeException e) {
                    // A listener failed; the next change reloads again.
                    LOG.debug("a listener of the preview failed", e);
                }
            }
        }
    }

    /** Stops taking requests and waits (at most a few seconds) for a running reload to end. */
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
