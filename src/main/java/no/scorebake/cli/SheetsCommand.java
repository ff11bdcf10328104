package no.scorebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import no.scorebake.bake.Build;
import no.scorebake.model.Period;
import no.scorebake.model.Unit;
import no.scorebake.problem.InputException;
import no.scorebake.sheet.ReportingSheet;
import no.scorebake.sheet.SheetCsv;
import no.scorebake.sheet.SheetPlan;
import no.scorebake.sheet.SheetXlsx;
import no.scorebake.text.Labels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scorebake sheets --period P}: for each unit with a coordinator, the sheet to fill in
 * for that month, as .xlsx and .csv; either one, filled in and put in {@code model/data/}, loads
 * with no edits. Nothing is written when the project has errors, and nothing outside the output folder.
 */
@Command(name = "sheets", mixinStandardHelpOptions = true,
        description = "Write each coordinator's reporting sheet for a month (.xlsx and .csv) to fill in and return.")
final class SheetsCommand implements Callable<Integer>, WriteFailure.Target {

    /** Unit ids are checked by the loader already; this keeps a file name to one plain component all the same. */
    private static final Pattern SAFE_NAME = Pattern.compile("[0-9]{4}-[0-9]{2}-[A-Za-z0-9][A-Za-z0-9_-]*");

    @Mixin
    ProjectOption project;

    @Option(names = "--period", required = true, paramLabel = "P", converter = BuildCommand.MonthConverter.class,
            description = "the month to report, like 2006-05 (a quarter-end month also asks for quarterly KPIs)")
    YearMonth period;

    @Option(names = "--out", paramLabel = "DIR", description = "the folder to write into (default: DIR/sheets/<period> of the project)")
    Path out;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = verbosity.quiet ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Build.Loaded loaded = Build.loadChecked(project.project, err);
        Labels labels = Labels.of(loaded.engine().project().site().language());
        SheetPlan.Result plan = SheetPlan.plan(loaded.engine(), period, labels);
        Path folder = (this.out != null ? this.out : project.project.resolve("sheets").resolve(period.toString())).toAbsolutePath().normalize();
        String clash = clash(plan.sheets());
        if (clash != null) {
            throw new InputException(clash);
        }
        Files.createDirectories(folder);
        for (ReportingSheet sheet : plan.sheets()) {
            Path xlsx = inside(folder, sheet.baseName() + ".xlsx");
            Path csv = inside(folder, sheet.baseName() + ".csv");
            FileReplacer.replace(xlsx, "sheet", o -> SheetXlsx.write(sheet, o));
            FileReplacer.replace(csv, "sheet", o -> o.write(SheetCsv.write(sheet, labels.decimalSeparator()).getBytes(StandardCharsets.UTF_8)));
            out.println(sheet.unit().id() + " (" + sheet.unit().coordinator() + "): " + sheet.lines().size() + " to fill in → "
                    + folder.relativize(xlsx) + ", " + folder.relativize(csv));
        }
        for (Unit u : plan.nothingDue()) {
            out.println(u.id() + " (" + u.coordinator() + "): nothing due in " + Period.month(period).label() + ", no sheet");
        }
        out.println(plan.sheets().size() + " sheet(s) for " + Period.month(period).label() + " in " + folder
                + (plan.alreadyReported() == 0 ? "" : "; " + plan.alreadyReported() + " item(s) already have a row in model/data and are left out")
                + ". Return one file per unit, .xlsx or .csv, into model/data/.");
        return ExitStatus.OK;
    }

    /** Each sheet is written beside its file and renamed over it, so a failed write leaves no sheet half written. */
    @Override
    public String unchanged() {
        return "no sheet is left half written";
    }

    @Override
    public Path[] staging() {
        return new Path[0];
    }

    /** Two units whose ids differ only in case would overwrite each other's file on Windows and macOS. */
    private static String clash(List<ReportingSheet> sheets) {
        Map<String, String> seen = new HashMap<>();
        for (ReportingSheet s : sheets) {
            String earlier = seen.putIfAbsent(s.baseName().toLowerCase(Locale.ROOT), s.unit().id());
            if (earlier != null) {
                return "units '" + earlier + "' and '" + s.unit().id() + "' differ only in case, so their sheets would share a file name"
                        + " on Windows; rename one of them in organisation.yaml";
            }
        }
        return null;
    }

    private static Path inside(Path folder, String name) {
        Path p = folder.resolve(name).normalize();
        if (!SAFE_NAME.matcher(name.substring(0, name.lastIndexOf('.'))).matches() || !folder.equals(p.getParent())) {
            throw new IllegalStateException("unsafe sheet file name " + name);
        }
        return p;
    }
}
