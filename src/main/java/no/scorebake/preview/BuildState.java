package no.scorebake.preview;

import java.util.List;

/**
 * What the browser needs to know about the preview's builds: a counter that grows with every
 * finished build (good or failed), whether the last one failed and with which lines, and whether
 * one is running now. Shared by the rebuilder (writes) and the server (reads); every read is one
 * consistent snapshot.
 */
public final class BuildState {

    /** One moment of the state. {@code build} is 0 until the first build has finished. */
    public record Snapshot(long build, boolean failed, boolean building, List<String> errors) {

        /** The status as the reload script reads it from {@code /__scorebake/status}. */
        public String json() {
            return "{\"build\":" + build + ",\"failed\":" + failed + ",\"building\":" + building + "}";
        }
    }

    private Snapshot current = new Snapshot(0, false, false, List.of());

    public synchronized Snapshot snapshot() {
        return current;
    }

    synchronized void started() {
        current = new Snapshot(current.build(), current.failed(), true, current.errors());
    }

    /** A build ended: {@code errors} are the lines it printed when it failed (empty when it succeeded). */
    synchronized void finished(boolean ok, List<String> errors) {
        current = new Snapshot(current.build() + 1, !ok, false, ok ? List.of() : List.copyOf(errors));
        notifyAll();
    }

    /**
     * Waits until no build is running and at least one has finished, at most {@code millis};
     * returns the snapshot then (which may still be building when the time ran out).
     */
    public synchronized Snapshot awaitSettled(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (current.building() || current.build() == 0) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return current;
    }
}
