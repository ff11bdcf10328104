package no.scorebake.cli;

import java.io.PrintWriter;
import no.scorebake.bake.Progress;
import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}: how much a long command says while it works. */
final class VerbosityOptions {

    @Option(names = {"-q", "--quiet"}, description = "print only problems")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "also log what the libraries underneath say (debug level)")
    boolean verbose;

    /** Nothing with --quiet; else a line per phase, with a live bar while rendering when a person watches a terminal. */
    Progress progress(PrintWriter err) {
        return quiet ? Progress.QUIET : new ConsoleProgress(err, ConsoleProgress.terminal());
    }
}
