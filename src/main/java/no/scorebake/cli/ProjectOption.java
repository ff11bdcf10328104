package no.scorebake.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --project DIR} option every command takes */
final class ProjectOption {

    @Option(names = "--project", paramLabel = "DIR", description = "the project folder (default: the current folder)")
    Path project = Path.of(".");
}
