package no.scorebake.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import no.scorebake.bake.Progress;

/**
 * Progress on the console: a line per phase ("rendering: 193 pages in 1 210 ms"), and, when
 * attached to a terminal, a live bar while pages render. Lines go to standard error so they
 * never mix with what a script reads from standard output.
 */
final class ConsoleProgress implements Progress {

    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean live;
    private final AtomicLong lastDraw = new AtomicLong();

    ConsoleProgress(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    /** A live bar only when a person is watching: a console, and no CI. */
    static boolean terminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public synchronized void finished(String phase, String counted, long millis) {
        if (live) {
            err.print("\r" + " ".repeat(BAR + 20) + "\r");
        }
        err.println(phase + ": " + counted + (millis > 0 ? " in " + millis + " ms" : ""));
        err.flush();
    }

    @Override
    public void advance(int done, int total) {
        if (!live) {
            return;
        }
        long now = System.nanoTime();
        long last = lastDraw.get();
        if (done < total && now - last < 100_000_000L || !lastDraw.compareAndSet(last, now)) {
            return;
        }
        synchronized (this) {
            int filled = total == 0 ? BAR : done * BAR / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total);
            err.flush();
        }
    }
}
