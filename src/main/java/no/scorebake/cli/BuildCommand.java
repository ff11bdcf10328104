package no.scorebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import no.scorebake.bake.Build;
import no.scorebake.model.Frequency;
import no.scorebake.model.Period;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scorebake build}: checks the project and bakes the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check the project and bake the site (nothing is written when the model has errors).")
final class BuildCommand implements Callable<Integer>, WriteFailure.Target {

    @Mixin
    ProjectOption project;

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: DIR/site of the project)")
    Path out;

    @Mixin
    CurrentPeriodOption current;

    @Option(names = "--force", description = "bake even when nothing changed since the last build into the output folder")
    boolean force;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Build.Result r = Build.run(project.project, target(), current.period, force, verbosity.progress(err), err);
        if (!verbosity.quiet) {
            spec.commandLine().getOut().println(summary(r, target()));
        }
        return ExitStatus.OK;
    }

    /** The output folder: {@code --out}, else the project's {@code site/}. */
    Path target() {
        return out != null ? out : project.project.resolve("site");
    }

    @Override
    public String unchanged() {
        return target() + " is as it was";
    }

    @Override
    public Path[] staging() {
        return WriteFailure.stagingOf(target(), target());
    }

    static String summary(Build.Result r, Path target) {
        if (r.upToDate() && r.period() != null) {
            return "Up to date: nothing the pages show changed since the last build into "
                    + target.toAbsolutePath().normalize() + " (only comments or layout); no page rendered (--force bakes anyway)";
        }
        if (r.upToDate()) {
            return "Up to date: nothing in model/, content/ or themes/ changed since the last build into "
                    + target.toAbsolutePath().normalize() + " (--force bakes anyway)";
        }
        var s = r.summary();
        return "Baked " + s.units() + " scorecards × " + s.periods() + " periods (up to " + Period.month(r.period()).label()
                + "): " + s.pages() + " pages, " + s.files() + " files, " + s.chartsDrawn() + " charts drawn, "
                + (s.chartsKept() == 0 ? "" : s.chartsKept() + " kept with their unchanged pages, ")
                + "in " + target.toAbsolutePath().normalize();
    }

    /** Reads {@code --period} as a month, with a usage error naming the valid form. */
    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            Period p = Period.parse(value);
            if (p == null || p.frequency() != Frequency.MONTHLY) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a month; write it like 2005-08");
            }
            return p.end();
        }
    }

}
