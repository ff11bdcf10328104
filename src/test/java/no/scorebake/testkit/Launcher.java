package no.scorebake.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The distribution that {@code mvn package} builds, for the tests that run scorebake as a real
 * process the way an administrator does: {@code target/scorebake/bin/scorebake}, the launcher
 * that gives the JVM its bounded heap, with the jar in {@code lib/} beside it.
 */
public final class Launcher {

    /** The distribution's folder. */
    public static final Path HOME = Path.of("target/scorebake").toAbsolutePath();
    /** The launcher for Linux and macOS. */
    public static final Path SCRIPT = HOME.resolve("bin/scorebake");
    /** The heap limit the launcher gives the JVM. */
    public static final String HEAP = "-Xmx768m";

    private Launcher() {
    }

    /** {@code target/scorebake/bin/scorebake args}. */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        return command;
    }
}
