package no.scorebake.content;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs Markdown rendering so that deep nesting cannot crash a build. flexmark renders nested
 * quotes and lists recursively (about 800 levels fill a normal thread stack) and its regular
 * expressions recurse on long runs of {@code *} or {@code _}. Such text is run again on a
 * thread with a big stack; only if that overflows too is it reported.
 */
final class DeepStack {

    /** Reserved address space, not memory in use: pages are only touched as the stack grows. */
    private static final long BIG_STACK_BYTES = 256L * 1024 * 1024;

    static final String TOO_DEEP = "the text is nested too deeply to render (quotes or lists hundreds of levels deep,"
            + " or a very long run of * or _); simplify it";

    private DeepStack() {
    }

    static <T> T call(Supplier<T> task) {
        try {
            return task.get();
        } catch (StackOverflowError first) {
            return onBigStack(task);
        }
    }

    private static <T> T onBigStack(Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread;
        try {
            thread = new Thread(null, () -> {
                try {
                    result.set(task.get());
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "scorebake-deep-markdown", BIG_STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
        } catch (OutOfMemoryError e) {
            throw new ContentException(TOO_DEEP);
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failure.get();
        if (e instanceof StackOverflowError) {
            throw new ContentException(TOO_DEEP);
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return result.get();
    }
}
