package no.scorebake.report;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.scorebake.bake.Renderer;
import no.scorebake.bake.Theme;
import no.scorebake.content.EditorialPage;
import no.scorebake.model.Period;
import no.scorebake.model.Project;
import no.scorebake.page.MonthReport;
import no.scorebake.page.PageContext;
import no.scorebake.problem.InputException;
import no.scorebake.status.StatusEngine;

/**
 * The monthly reports of one month: which units and month are valid to ask for, and each unit's
 * report as PDF bytes ({@link MonthReport}'s model through the theme's {@code report.ftlh}, printed
 * by {@link PdfReport}). Shared by {@code scorebake report} and the bake's {@code reports: pdf}.
 */
public final class MonthReports {

    private final PageContext ctx;
    private final Renderer renderer;

    /** The reports of {@code ctx}'s current month, rendered with {@code renderer}'s theme. */
    public MonthReports(PageContext ctx, Renderer renderer) {
        this.ctx = ctx;
        this.renderer = renderer;
    }

    /** The reports of {@code month} of a checked project, with the project's own theme. */
    public static MonthReports of(StatusEngine engine, List<EditorialPage> editorial, YearMonth month) throws IOException {
        Project project = engine.project();
        return new MonthReports(new PageContext(engine, month, engine.periodsUpTo(month), editorial),
                new Renderer(Theme.of(project.root(), project.site().theme())));
    }

    /**
     * The month asked for, when the site has it: from the first month with data up to the
     * current one.
     *
     * @throws InputException naming the months there are, when it has not
     */
    public static YearMonth period(StatusEngine engine, YearMonth asked) {
        YearMonth current = engine.currentPeriod();
        List<YearMonth> months = current == null ? List.of() : engine.periodsUpTo(current);
        if (!months.contains(asked)) {
            String valid = months.isEmpty() ? "none: there is no data yet"
                    : Period.month(months.get(0)).label() + " to " + Period.month(months.get(months.size() - 1)).label();
            throw new InputException(List.of("--period " + Period.month(asked).label() + ": no such period in this project; the periods are "
                    + valid));
        }
        return asked;
    }

    /**
     * The units asked for, in the organisation's order and each once; every unit with a
     * scorecard when none is asked for.
     *
     * @throws InputException naming every unknown unit and the units there are
     */
    public static List<String> units(Project project, List<String> asked) {
        List<String> all = new ArrayList<>();
        project.organisation().all().forEach(u -> {
            if (project.scorecards().containsKey(u.id())) {
                all.add(u.id());
            }
        });
        if (asked == null || asked.isEmpty()) {
            return all;
        }
        Set<String> wanted = new LinkedHashSet<>(asked);
        List<String> lines = new ArrayList<>();
        for (String u : wanted) {
            if (!all.contains(u)) {
                lines.add("--unit " + u + ": no unit with a scorecard has this id; the units are " + String.join(", ", all));
            }
        }
        if (!lines.isEmpty()) {
            throw new InputException(lines);
        }
        return all.stream().filter(wanted::contains).toList();
    }

    /** The month reported on. */
    public YearMonth month() {
        return ctx.current();
    }

    /** The HTML of a unit's report, before it is printed. */
    public String html(String unit, boolean withSubunits) throws IOException {
        return renderer.render(MonthReport.TEMPLATE, MonthReport.model(ctx, unit, withSubunits));
    }

    /** A unit's report as PDF. */
    public byte[] pdf(String unit, boolean withSubunits) throws IOException {
        return PdfReport.print(html(unit, withSubunits), ctx.current());
    }
}
