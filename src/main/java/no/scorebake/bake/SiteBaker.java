package no.scorebake.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.scorebake.export.ScorecardCsv;
import no.scorebake.export.ScorecardJson;
import no.scorebake.model.Period;
import no.scorebake.model.Project;
import no.scorebake.model.Scorecard;
import no.scorebake.chart.ChartCache;
import no.scorebake.chart.ChartData;
import no.scorebake.chart.TextAlternative;
import no.scorebake.content.EditorialPage;
import no.scorebake.content.NoteRenderer;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.compare.Comparison;
import no.scorebake.model.Unit;
import no.scorebake.page.ChangesPage;
import no.scorebake.page.ComparePage;
import no.scorebake.page.EntryPage;
import no.scorebake.page.RankingPage;
import no.scorebake.page.KpiPage;
import no.scorebake.page.MapPage;
import no.scorebake.page.Link;
import no.scorebake.page.ReportPages;
import no.scorebake.page.SearchIndex;
import no.scorebake.page.SurveyPage;
import no.scorebake.model.Survey;
import no.scorebake.page.UnitPages;
import no.scorebake.page.PageContext;
import no.scorebake.page.ScorecardPage;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.StatusEngine;
import no.scorebake.text.Labels;

/**
 * Bakes the whole site for a checked project: the theme's assets, every page at the addresses
 * of portal.md, and the data exports. Pages are rendered straight through Freemarker, in
 * parallel, each file written once.
 */
public final class SiteBaker {

    private final StatusEngine engine;
    private final ChartCache charts;
    private final List<EditorialPage> editorial;
    private Map<YearMonth, String> keys = Map.of();

    /** @param chartCache the folder where rendered charts are kept between builds */
    public SiteBaker(StatusEngine engine, List<EditorialPage> editorial, Path chartCache) {
        this.engine = engine;
        this.editorial = List.copyOf(editorial);
        this.charts = new ChartCache(chartCache);
    }

    /** What a bake wrote, for the summary line. */
    public record Summary(int units, int periods, int pages, int files, int chartsDrawn, int chartsCached) {
    }

    public Summary bake(OutputFolder out, YearMonth current, Progress progress) throws IOException {
        return bake(out, current, progress, null, null);
    }

    /** The key of each month's pages in the last {@link #bake}, for the record of the build. */
    Map<YearMonth, String> keys() {
        return keys;
    }

    /**
     * Bakes; a month's scorecard pages whose key ({@link PeriodKeys}, from {@code fixed}) equals
     * the one {@code earlier} baked them with, and whose files are as it left them, are kept
     * instead of rendered again.
     */
    Summary bake(OutputFolder out, YearMonth current, Progress progress, String fixed, LastBuild.Earlier earlier) throws IOException {
        Project project = engine.project();
        Theme theme = Theme.of(project.root(), project.site().theme());
        Renderer renderer = new Renderer(theme);
        Labels labels = new Labels(project.site().language());
        List<YearMonth> months = engine.periodsUpTo(current);
        List<Link> nav = editorial.stream().filter(p -> p.type().equals("page")).map(p -> new Link(p.path(), p.title())).toList();
        PageContext ctx = new PageContext(engine, current, nav);
        AtomicInteger files = new AtomicInteger();
        AtomicInteger pages = new AtomicInteger();

        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            out.write("assets/" + asset.getKey(), asset.getValue());
            files.incrementAndGet();
        }

        keys = PeriodKeys.of(fixed, project, months, current);
        AtomicInteger kept = new AtomicInteger();
        List<Runnable> jobs = new ArrayList<>();
        for (Scorecard card : project.scorecards().values()) {
            jobs.add(() -> page(out, renderer, "periods.ftlh", ScorecardPage.periodsPath(card.unit()),
                    ScorecardPage.periods(ctx, card.unit(), months), files, pages));
            for (YearMonth month : months) {
                jobs.add(() -> {
                    String base = "data/" + card.unit() + "/" + Period.month(month).label();
                    String periodPath = ScorecardPage.periodPath(card.unit(), month);
                    if (!month.equals(current) && earlier != null && earlier.same(month, keys.get(month))
                            && out.keep(periodPath, earlier) && out.keep(base + ".json", earlier) && out.keep(base + ".csv", earlier)) {
                        kept.incrementAndGet();
                        return;
                    }
                    ScorecardStatus status = engine.scorecard(card.unit(), month);
                    write(out, base + ".json", ScorecardJson.write(status, project.organisation().unit(card.unit()), k -> {
                        var fed = engine.fed(k.key(), k.valuePeriod().end());
                        return fed == null ? null : fed.wave().path();
                    }), files);
                    write(out, base + ".csv", ScorecardCsv.write(status, labels), files);
                    page(out, renderer, "scorecard.ftlh", periodPath, ScorecardPage.model(ctx, status, periodPath, months), files, pages);
                    if (month.equals(current)) {
                        String currentPath = card.unit() + "/index.html";
                        page(out, renderer, "scorecard.ftlh", currentPath, ScorecardPage.model(ctx, status, currentPath, months), files, pages);
                        page(out, renderer, "initiatives.ftlh", card.unit() + "/initiatives.html", UnitPages.initiatives(ctx, status), files, pages);
                        page(out, renderer, "hierarchy.ftlh", card.unit() + "/hierarchy.html", UnitPages.hierarchy(ctx, status), files, pages);
                        page(out, renderer, "map.ftlh", card.unit() + "/map.html", MapPage.model(ctx, status), files, pages);
                    }
                });
            }
        }
        YearMonth first = months.get(0);
        for (Unit unit : project.organisation().all()) {
            if (!Comparison.exists(project, unit.id())) {
                continue;
            }
            for (YearMonth month : months) {
                jobs.add(() -> {
                    String periodPath = ComparePage.periodPath(unit.id(), month);
                    if (!month.equals(current) && earlier != null && earlier.same(month, keys.get(month)) && out.keep(periodPath, earlier)) {
                        kept.incrementAndGet();
                        return;
                    }
                    Comparison comparison = Comparison.of(engine, unit.id(), month);
                    page(out, renderer, "compare.ftlh", periodPath, ComparePage.model(ctx, comparison, periodPath, null, months), files, pages);
                    if (month.equals(current)) {
                        String currentPath = ComparePage.path(unit.id());
                        page(out, renderer, "compare.ftlh", currentPath, ComparePage.model(ctx, comparison, currentPath, null, months), files, pages);
                        for (Comparison.Column column : comparison.columns()) {
                            String sorted = ComparePage.sortedPath(unit.id(), column.kpi());
                            page(out, renderer, "compare.ftlh", sorted, ComparePage.model(ctx, comparison, sorted, column.kpi(), months), files, pages);
                            page(out, renderer, "ranking.ftlh", RankingPage.path(unit.id(), column.kpi()),
                                    RankingPage.model(ctx, comparison, column.kpi()), files, pages);
                        }
                    }
                });
            }
        }
        NoteRenderer notes = new NoteRenderer();
        for (Scorecard card : project.scorecards().values()) {
            for (Kpi kpi : card.kpis().values()) {
                KpiKey key = new KpiKey(card.unit(), kpi.id());
                jobs.add(() -> {
                    List<Period> history = KpiPage.history(ctx, kpi, months);
                    ChartData chart = KpiPage.chart(ctx, key, history);
                    String alt = TextAlternative.of(chart, history.isEmpty() ? null : ctx.periodLabel(history.get(0)),
                            history.isEmpty() ? null : ctx.periodLabel(history.get(history.size() - 1)));
                    String path = KpiPage.path(key);
                    write(out, path.substring(0, path.length() - ".html".length()) + ".png", charts.png(chart), files);
                    page(out, renderer, "kpi.ftlh", path, KpiPage.model(ctx, key, history, notes::render, alt), files, pages);
                });
            }
        }
        for (Survey survey : project.surveys()) {
            jobs.add(() -> page(out, renderer, "survey.ftlh", survey.pagePath(), SurveyPage.model(ctx, survey), files, pages));
        }
        for (EditorialPage p : editorial) {
            jobs.add(() -> {
                Map<String, Object> model = ctx.base(PageContext.rootOf(p.path()), p.title());
                model.put("page", p);
                page(out, renderer, "page.ftlh", p.path(), model, files, pages);
            });
        }
        List<Link> news = editorial.stream().filter(p -> p.type().equals("post"))
                .sorted(java.util.Comparator.comparing((EditorialPage p) -> p.date() == null ? "" : p.date()).reversed()
                        .thenComparing(EditorialPage::path))
                .map(p -> new Link(p.path(), (p.date() == null ? "" : p.date() + " ") + p.title())).toList();
        jobs.add(() -> {
            Map<String, Object> model = EntryPage.model(ctx, first);
            model.put("news", news);
            page(out, renderer, "index.ftlh", "index.html", model, files, pages);
        });
        jobs.add(() -> page(out, renderer, "deviations.ftlh", "reports/deviations.html", ReportPages.deviations(ctx), files, pages));
        jobs.add(() -> page(out, renderer, "changes.ftlh", ChangesPage.PATH, ChangesPage.report(ctx, first), files, pages));
        jobs.add(() -> page(out, renderer, "missing.ftlh", "reports/missing.html", ReportPages.missing(ctx), files, pages));
        jobs.add(() -> {
            Map<String, Object> search = ctx.base("", labels.get("search.title"));
            search.put("scripts", List.of("search/index.js", "assets/search.js"));
            page(out, renderer, "search.ftlh", "search.html", search, files, pages);
            write(out, "search/index.js", SearchIndex.script(ctx), files);
        });
        long start = System.nanoTime();
        engine.computeAll(months);
        progress.finished("computing", months.size() * project.scorecards().size() + " scorecard periods", Build.millis(start));
        long rendering = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int total = jobs.size();
        run(jobs.stream().<Runnable>map(job -> () -> {
            job.run();
            progress.advance(done.incrementAndGet(), total);
        }).toList());
        progress.finished("rendering", pages.get() + " pages" + (kept.get() > 0 ? ", " + kept.get()
                + " month pages kept from the last build" : ""), Build.millis(rendering));
        progress.finished("charts", charts.misses() + " drawn, " + charts.hits() + " from cache", 0);
        return new Summary(project.scorecards().size(), months.size(), pages.get(), files.get(), (int) charts.misses(), (int) charts.hits());
    }

    private static void page(OutputFolder out, Renderer renderer, String template, String path, Map<String, Object> model,
                             AtomicInteger files, AtomicInteger pages) {
        try {
            write(out, path, renderer.render(template, model), files);
            pages.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputFolder out, String path, String text, AtomicInteger files) {
        write(out, path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), files);
    }

    private static void write(OutputFolder out, String path, byte[] bytes, AtomicInteger files) {
        try {
            out.write(path, bytes);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the jobs on all cores; the first failure is rethrown as it was. */
    private static void run(List<Runnable> jobs) throws IOException {
        try {
            jobs.parallelStream().forEach(Runnable::run);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
