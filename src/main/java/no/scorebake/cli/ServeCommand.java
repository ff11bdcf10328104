package no.scorebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import no.scorebake.preview.Preview;
import no.scorebake.preview.PreviewServer;
import no.scorebake.model.Period;
import no.scorebake.preview.Reloader;
import no.scorebake.preview.StopSignals;
import no.scorebake.problem.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scorebake serve}: loads and checks the project, serves it read-only over HTTP with each
 * page rendered when it is asked for, and loads again what changed whenever model/, content/
 * or themes/ change; open pages reload after each change, and show the problems while the
 * model is broken. Runs until Ctrl-C (exit 0).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the project on http://127.0.0.1:8080/, each page rendered when it is asked for, "
                + "loading again what changed when model/, content/ or themes/ change; open pages reload after each change "
                + "and show the problems while the model has errors. Ctrl-C stops it."})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + PreviewServer.DEFAULT_PORT,
            description = "the port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = PreviewServer.DEFAULT_HOST,
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "any other makes the preview visible to others)")
    String host;

    /** Once the folder the preview baked into; it writes none now, so the option is only accepted, with a warning. */
    @Option(names = "--out", paramLabel = "DIR", hidden = true)
    Path out;

    @Mixin
    CurrentPeriodOption current;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port " + port + " is not a port; give 1-65535, or 0 for any free one");
        }
        Path dir = project.project.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("model"))) {
            throw new InputException(dir + " has no model/ folder; run serve in a project or give --project DIR");
        }
        if (this.out != null) {
            err.println("warning: serve writes no folder any more (it renders each page when it is asked for); --out is ignored");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new InputException("unknown host '" + host + "'; give an address of this machine, such as 127.0.0.1", e);
        }
        if (!address.isLoopbackAddress()) {
            err.println("warning: serving on " + host + ", not loopback: the preview is visible to others on the network");
        }

        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger signalled = new AtomicInteger();
        StopSignals signals = StopSignals.install(() -> {
            if (signalled.incrementAndGet() > 1) {
                Runtime.getRuntime().halt(130); // Ctrl-C again while stopping: the person wants out now
            }
            stopRequested.countDown();
            try {
                stopped.await(10, TimeUnit.SECONDS); // a shutdown hook (the fallback) must not end the JVM before the cleanup
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            Preview preview;
            try {
                preview = Preview.start(new Preview.Options(dir, host, port, current.period), new Console(out, err, verbosity.quiet));
            } catch (BindException e) {
                throw new InputException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                        + (port == 0 ? "" : "; choose another --port, or --port 0 for any free one"), e);
            } catch (IOException e) {
                throw new InputException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
            }
            boolean interrupted = false;
            try {
                if (stopRequested.getCount() > 0) { // else Ctrl-C came during the first build
                    out.println("Serving " + preview.url() + " (reloads when model/, content/ or themes/ change; Ctrl-C stops)");
                    out.flush();
                    stopRequested.await();
                }
            } catch (InterruptedException e) {
                // Interrupted (in-process callers stop it so): shut down as on Ctrl-C, and keep the flag for the caller
                // once the preview has closed, which waits for a running build.
                interrupted = true;
            } finally {
                preview.close();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            stopped.countDown();
            signals.close();
        }
        out.println("Stopped.");
        out.flush();
        return ExitStatus.OK;
    }

    /** Says what each reload did: the first one's summary, later ones in a line, problems whenever they change. */
    private static final class Console implements Reloader.Listener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean quiet;
        private final AtomicReference<List<String>> lastLines = new AtomicReference<>(List.of());

        Console(PrintWriter out, PrintWriter err, boolean quiet) {
            this.out = out;
            this.err = err;
            this.quiet = quiet;
        }

        @Override
        public void renderFailed(String path, List<String> lines) {
            synchronized (this) {
                err.println("The page " + path + " could not be rendered; the browser shows:");
                lines.forEach(err::println);
                err.flush();
            }
        }

        @Override
        public void built(Reloader.Outcome o) {
            boolean first = o.build() == 1;
            List<String> previous = lastLines.getAndSet(o.lines());
            if (o.ok()) {
                if (!o.lines().equals(previous)) {
                    o.lines().forEach(err::println); // warnings, when they are new
                }
                if (!quiet) {
                    out.println(first ? summary(o) : "Reloaded in " + o.millis() + " ms.");
                }
            } else {
                err.println((first ? "The first load failed" : "The reload failed")
                        + "; the browser shows these problems until they are fixed:");
                o.lines().forEach(err::println);
            }
            out.flush();
            err.flush();
        }

        /** The first load's line: what is served, and that its pages are made when asked for. */
        private static String summary(Reloader.Outcome o) {
            var site = o.site();
            return "Loaded " + site.units() + " scorecards (up to " + Period.month(site.current()).label() + ") in " + o.millis()
                    + " ms: " + site.size() + " files, each rendered when it is asked for";
        }
    }
}
