package no.scorebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import no.scorebake.bake.Build;
import no.scorebake.model.Period;
import no.scorebake.report.MonthReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scorebake report --period P}: each unit's report of the month as one PDF that is PDF/A-2u
 * for the archive and PDF/UA-1 for screen readers ({@code reports/<period>/<unit>.pdf}). Nothing is
 * written when the project has errors or a unit or the month is unknown; each file is written
 * beside its place and renamed into it, so none is ever left half written.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write each unit's report of a month as one accessible, archivable PDF (PDF/A-2u and PDF/UA-1): the"
                + " scorecard, the strategy map, the red KPIs with comments, notes and charts, the initiatives and the changes since"
                + " the month before. The same project gives the same bytes. (With 'reports: pdf' in site.yaml, build and publish"
                + " also put the current month's reports into the site.)")
final class ReportCommand implements Callable<Integer>, WriteFailure.Target {

    @Mixin
    ProjectOption project;

    @Option(names = "--period", required = true, paramLabel = "P", converter = BuildCommand.MonthConverter.class,
            description = "the month to report on, like 2006-04 (a month of the site: from the first with data to the current one)")
    YearMonth period;

    @Option(names = "--unit", paramLabel = "ID", split = ",",
            description = "a unit to report on (repeat it, or separate by commas; default: every unit with a scorecard)")
    List<String> units;

    @Option(names = "--with-subunits", description = "add a comparison of the unit's sub-units and a part per sub-unit")
    boolean withSubunits;

    @Option(names = "--out", paramLabel = "DIR", description = "the folder to write into (default: DIR/reports/<period> of the project)")
    Path out;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter said = verbosity.quiet ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Build.Loaded loaded = Build.loadChecked(project.project, err);
        YearMonth month = MonthReports.period(loaded.engine(), period);
        List<String> chosen = MonthReports.units(loaded.engine().project(), units);
        Path folder = (out != null ? out : project.project.resolve("reports").resolve(Period.month(month).label())).toAbsolutePath().normalize();
        Files.createDirectories(folder);
        MonthReports reports = MonthReports.of(loaded.engine(), loaded.pages(), month);
        try {
            // One report per task, on every core; each is written as soon as it is printed, so no more than one per core is held.
            chosen.parallelStream().forEach(unit -> {
                try {
                    Path file = folder.resolve(unit + ".pdf");
                    byte[] pdf = reports.pdf(unit, withSubunits);
                    FileReplacer.replace(file, "report", o -> o.write(pdf));
                    synchronized (said) {
                        said.println(unit + ": " + WriteFailure.shown(file) + " (" + (pdf.length + 1023) / 1024 + " KB)");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        said.println(chosen.size() + " report(s) for " + Period.month(month).label() + " in " + WriteFailure.shown(folder)
                + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        return ExitStatus.OK;
    }

    /** Each report is written beside its file and renamed over it. */
    @Override
    public String unchanged() {
        return "no report is left half written";
    }

    @Override
    public Path[] staging() {
        return new Path[0];
    }
}
