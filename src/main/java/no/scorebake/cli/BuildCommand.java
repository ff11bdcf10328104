package no.scorebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import no.scorebake.bake.OutputFolder;
import no.scorebake.content.ContentException;
import no.scorebake.bake.SiteBaker;
import no.scorebake.model.Period;
import no.scorebake.status.StatusEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scorebake build}: checks the project and bakes the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check the project and bake the site (nothing is written when the model has errors).")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: DIR/site of the project)")
    Path out;

    @Option(names = "--period", paramLabel = "P", converter = MonthConverter.class,
            description = "the current period, a month like 2005-08 (default: site.yaml's period, else the latest with data)")
    YearMonth period;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectOption.Loaded loaded = ProjectOption.load(project.project, err);
        if (loaded == null) {
            return Main.INVALID;
        }
        StatusEngine engine = loaded.engine();
        YearMonth current = ProjectOption.period(engine, period, err);
        if (current == null) {
            return Main.INVALID;
        }
        Path target = this.out != null ? this.out : project.project.resolve("site");
        OutputFolder folder;
        try {
            folder = OutputFolder.prepare(target);
        } catch (OutputFolder.RefusedException e) {
            err.println("scorebake: " + e.getMessage());
            return Main.INVALID;
        }
        try {
            SiteBaker.Summary summary = new SiteBaker(engine, loaded.pages(), project.project.resolve(".scorebake").resolve("cache").resolve("charts"))
                    .bake(folder, current);
            folder.commit();
            ProjectOption.printWarnings(engine.warnings(), err);
            out.println("Baked " + summary.units() + " scorecards × " + summary.periods() + " periods (up to "
                    + Period.month(current).label() + "): " + summary.pages() + " pages, " + summary.files() + " files in "
                    + target.toAbsolutePath().normalize());
            return Main.OK;
        } catch (ContentException | IllegalArgumentException e) {
            folder.abandon();
            err.println(e.getMessage());
            return Main.INVALID;
        } catch (IOException | RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }

    /** Reads {@code --period} as a month, with a usage error naming the valid form. */
    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            Period p = Period.parse(value);
            if (p == null || p.frequency() != no.scorebake.model.Frequency.MONTHLY) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a month; write it like 2005-08");
            }
            return p.end();
        }
    }
}
