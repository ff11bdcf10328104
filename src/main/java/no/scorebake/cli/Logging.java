package no.scorebake.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes every library's logging to SLF4J's simple logger on standard error, before any of them
 * logs: Freemarker is told to use SLF4J, java.util.logging is bridged, and {@code --verbose}
 * lowers the level from warnings to debug.
 */
final class Logging {

    private static boolean configured;

    private Logging() {
    }

    static synchronized void configure(boolean verbose) {
        if (configured) {
            return;
        }
        configured = true;
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
