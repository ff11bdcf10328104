package no.scorebake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import no.scorebake.load.Problem;
import no.scorebake.load.ProjectLoader;
import no.scorebake.model.Project;
import no.scorebake.status.StatusEngine;
import picocli.CommandLine.Option;

/** The {@code --project DIR} option every command takes, and loading that project with its problems printed. */
final class ProjectOption {

    @Option(names = "--project", paramLabel = "DIR", description = "the project folder (default: the current folder)")
    Path project = Path.of(".");

    /** A checked project and its engine, or null after printing every problem. */
    static StatusEngine load(Path folder, PrintWriter err) {
        return load(folder, err, new java.util.ArrayList<>());
    }

    /** As {@link #load(Path, PrintWriter)}, adding the warnings it printed to {@code printed}. */
    static StatusEngine load(Path folder, PrintWriter err, java.util.List<Problem> printed) {
        Path root = folder.toAbsolutePath().normalize();
        ProjectLoader.Result result = ProjectLoader.load(root);
        if (result.project() == null) {
            for (Problem p : result.problems().errors()) {
                err.println(p);
            }
            printWarnings(result.problems().warnings(), err);
            int n = result.problems().errors().size();
            err.println(n + (n == 1 ? " error" : " errors") + "; nothing was written");
            return null;
        }
        Project project = result.project();
        StatusEngine engine = new StatusEngine(project);
        printWarnings(result.problems().warnings(), err);
        printed.addAll(result.problems().warnings());
        return engine;
    }

    static void printWarnings(java.util.List<Problem> warnings, PrintWriter err) {
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
