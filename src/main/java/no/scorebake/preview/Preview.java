package no.scorebake.preview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.scorebake.bake.LiveProject;
import no.scorebake.bake.OnDemandSite;

/**
 * {@code scorebake serve} without the command line: loads the project once, serves each page
 * rendered when it is asked for, and loads again what changed whenever model/, content/ or
 * themes/ change, the open pages reloading after each reload. Close it to stop all of that.
 */
public final class Preview implements AutoCloseable {

    /** Where the project is and where to listen; {@code period} null for the project's own. */
    public record Options(Path project, String host, int port, YearMonth period) {
    }

    private final BuildState state;
    private final PreviewServer server;
    private final Reloader reloader;
    private final SourceWatcher watcher;

    private Preview(BuildState state, PreviewServer server, Reloader reloader, SourceWatcher watcher) {
        this.state = state;
        this.server = server;
        this.reloader = reloader;
        this.watcher = watcher;
    }

    /**
     * Listens, starts watching, then loads the project once (the outcome goes to the listener
     * like every later reload's) and returns. A first load that fails still serves: every page
     * shows its errors until they are fixed.
     *
     * @throws java.net.BindException when the port is in use or the host is not this machine's
     */
    public static Preview start(Options options, Reloader.Listener listener) throws IOException {
        Path project = options.project().toAbsolutePath().normalize();
        BuildState state = new BuildState();
        Reloader reloader = new Reloader(project, options.period(), state, listener);
        PreviewServer server = null;
        SourceWatcher watcher = null;
        try {
            server = PreviewServer.start(options.host(), options.port(), reloader, state);
            watcher = new SourceWatcher(project, List.of(), changed -> {
                Set<LiveProject.Part> parts = EnumSet.noneOf(LiveProject.Part.class);
                for (String path : changed) {
                    parts.addAll(LiveProject.Part.of(path));
                }
                reloader.request(parts);
            });
            Preview preview = new Preview(state, server, reloader, watcher);
            reloader.reloadNow(LiveProject.Part.all());
            return preview;
        } catch (IOException | RuntimeException e) {
            if (watcher != null) {
                watcher.close();
            }
            if (server != null) {
                server.close();
            }
            reloader.close();
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

    /** The project's site as served now, with its count of renders; null until a load has succeeded. */
    public OnDemandSite site() {
        return reloader.site();
    }

    /** Stops watching, lets a running reload finish, and stops the server. */
    @Override
    public void close() {
        watcher.close();
        reloader.close();
        server.close();
    }
}
