package no.scorebake.preview;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Jetty 12 (core, no servlets) serving the preview's site through {@link SiteHandler} on one host and port. */
public final class PreviewServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewServer.class);

    /** Loopback: the preview is this machine's only, unless {@code --host} widens it deliberately. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    private final Server server;
    private final ServerConnector connector;

    private PreviewServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts serving {@code pages}.
     *
     * @param port 0 for any free port
     * @throws BindException when the port is in use or the host is not an address of this machine
     */
    static PreviewServer start(String host, int port, Pages pages, BuildState state) throws IOException {
        boolean loopback = InetAddress.getByName(host).isLoopbackAddress();
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("scorebake-serve");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setUriCompliance(UriCompliance.DEFAULT); // ambiguous paths (%2e%2e, %2f, ...) are 400 before our handler
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        server.setErrorHandler(errors);
        server.setHandler(new SiteHandler(pages, state, loopback));
        server.setStopAtShutdown(false);
        server.setStopTimeout(0); // a preview has nothing to finish: open keep-alive connections are just closed
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException b) {
                    throw b;
                }
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException("could not start the preview server: " + e, e);
        }
        return new PreviewServer(server, connector);
    }

    /** The host the connector was told to bind to. */
    public String host() {
        return connector.getHost();
    }

    /** The port it listens on (the chosen one when asked for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address the socket is actually bound to. */
    public InetSocketAddress boundAddress() throws IOException {
        SocketAddress a = ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
        return (InetSocketAddress) a;
    }

    /** {@code http://host:port/}, with an IPv6 literal in brackets. */
    public URI url() {
        String h = host();
        if (h.indexOf(':') >= 0 && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return URI.create("http://" + h + ":" + port() + "/");
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping: nothing more to do
            LOG.debug("the preview server did not stop cleanly", e);
        }
    }
}
