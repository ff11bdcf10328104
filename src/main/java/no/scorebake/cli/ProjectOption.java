package no.scorebake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.bake.Build;
import no.scorebake.load.Problem;
import no.scorebake.status.StatusEngine;
import picocli.CommandLine.Option;

/** The {@code --project DIR} option every command takes, and loading that project with its problems printed. */
final class ProjectOption {

    @Option(names = "--project", paramLabel = "DIR", description = "the project folder (default: the current folder)")
    Path project = Path.of(".");

    /**
     * Reads and checks the model and the content, printing every problem; returns null when
     * there is any error.
     */
    static Build.Loaded load(Path folder, PrintWriter err) {
        Build.Loaded loaded = Build.load(folder);
        return Build.report(loaded, err) ? loaded : null;
    }

    static void printWarnings(List<Problem> warnings, PrintWriter err) {
        for (Problem p : warnings) {
            err.println(p);
        }
    }

    /** The period to show: the one asked for, else the project's current one; null after saying why there is none. */
    static YearMonth period(StatusEngine engine, YearMonth asked, PrintWriter err) {
        YearMonth p = asked != null ? asked : engine.currentPeriod();
        if (p == null) {
            err.println("model/site.yaml: no current period: there is no data yet and site.yaml sets no 'period'; add e.g. period: 2005-08");
        }
        return p;
    }
}
