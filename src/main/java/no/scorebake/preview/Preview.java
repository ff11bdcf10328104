package no.scorebake.preview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.bake.OutputFolder;
import no.scorebake.bake.Progress;

/**
 * {@code scorebake serve} without the command line: serves the preview folder, bakes the project
 * into it, and rebuilds it whenever model/, content/ or themes/ change, the open pages reloading
 * after each build. Close it to stop all of that.
 */
public final class Preview implements AutoCloseable {

    /** Where the project is, where to bake, where to listen; {@code period} null for the project's own. */
    public record Options(Path project, Path out, String host, int port, YearMonth period) {

        /** The default preview folder of a project: {@code .scorebake/preview}, git-ignored. */
        public static Path defaultOut(Path project) {
            return project.resolve(".scorebake").resolve("preview");
        }
    }

    private final BuildState state;
    private final PreviewServer server;
    private final Rebuilder rebuilder;
    private final SourceWatcher watcher;

    private Preview(BuildState state, PreviewServer server, Rebuilder rebuilder, SourceWatcher watcher) {
        this.state = state;
        this.server = server;
        this.rebuilder = rebuilder;
        this.watcher = watcher;
    }

    /**
     * Listens, starts watching, then bakes once (the first build's outcome goes to the listener
     * like every later one) and returns. A first build that fails still serves: every page shows
     * its errors until they are fixed.
     *
     * @throws java.net.BindException when the port is in use or the host is not this machine's
     */
    public static Preview start(Options options, Progress firstBuild, Rebuilder.Listener listener) throws IOException {
        Path project = options.project().toAbsolutePath().normalize();
        Path out = options.out().toAbsolutePath().normalize();
        BuildState state = new BuildState();
        PreviewServer server = PreviewServer.start(options.host(), options.port(), out, state);
        Rebuilder rebuilder = null;
        SourceWatcher watcher = null;
        try {
            rebuilder = new Rebuilder(project, out, options.period(), state, listener);
            watcher = new SourceWatcher(project, List.of(out, OutputFolder.stagingOf(out), OutputFolder.parkedOf(out)), rebuilder::request);
            Preview preview = new Preview(state, server, rebuilder, watcher);
            rebuilder.buildNow(firstBuild);
            return preview;
        } catch (IOException | RuntimeException e) {
            if (watcher != null) {
                watcher.close();
            }
            if (rebuilder != null) {
                rebuilder.close();
            }
            server.close();
            throw e;
        }
    }

    public URI url() {
        return server.url();
    }

    public PreviewServer server() {
        return server;
    }

    public BuildState state() {
        return state;
    }

    /** Stops watching, lets a running build finish, and stops the server. */
    @Override
    public void close() {
        watcher.close();
        rebuilder.close();
        server.close();
    }
}
