package no.scorebake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.content.ContentReader;
import no.scorebake.content.EditorialPage;
import no.scorebake.load.Problem;
import no.scorebake.load.Problems;
import no.scorebake.load.ProjectLoader;
import no.scorebake.status.StatusEngine;
import picocli.CommandLine.Option;

/** The {@code --project DIR} option every command takes, and loading that project with its problems printed. */
final class ProjectOption {

    @Option(names = "--project", paramLabel = "DIR", description = "the project folder (default: the current folder)")
    Path project = Path.of(".");

    /** A checked project: its engine, its editorial pages, and the warnings printed while loading. */
    record Loaded(StatusEngine engine, List<EditorialPage> pages, List<Problem> warnings) {
    }

    /**
     * Reads and checks the model and the content; returns null after printing every problem
     * when there is any error.
     */
    static Loaded load(Path folder, PrintWriter err) {
        Path root = folder.toAbsolutePath().normalize();
        ProjectLoader.Result result = ProjectLoader.load(root);
        Problems problems = result.problems();
        List<EditorialPage> pages = ContentReader.read(root, problems);
        if (result.project() == null || problems.hasErrors()) {
            for (Problem p : problems.errors()) {
                err.println(p);
            }
            printWarnings(problems.warnings(), err);
            int n = problems.errors().size();
            err.println(n + (n == 1 ? " error" : " errors") + "; nothing was written");
            return null;
        }
        printWarnings(problems.warnings(), err);
        return new Loaded(new StatusEngine(result.project()), pages, problems.warnings());
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
