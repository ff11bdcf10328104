package no.scorebake.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.scorebake.address.Addresses;
import no.scorebake.bake.incremental.PageKeys;
import no.scorebake.content.EditorialPage;
import no.scorebake.model.Project;
import no.scorebake.page.KpiPage;
import no.scorebake.page.Output;
import no.scorebake.page.PageContext;
import no.scorebake.page.PageModel;
import no.scorebake.page.PageType;
import no.scorebake.page.PageTypes;
import no.scorebake.report.PdfReport;
import no.scorebake.status.Score;
import no.scorebake.status.StatusEngine;

/**
 * Bakes the whole site for a checked project: the theme's assets, then the jobs of every
 * {@link PageType}, in parallel, each file written once. Which pages there are is the page
 * types' business; this class only runs them and counts.
 */
public final class SiteBaker {

    private final StatusEngine engine;
    private final List<EditorialPage> editorial;
    private PageKeys keys;

    public SiteBaker(StatusEngine engine, List<EditorialPage> editorial) {
        this.engine = engine;
        this.editorial = List.copyOf(editorial);
    }

    /**
     * What a bake wrote, for the summary line. A KPI page draws its chart inline whenever it is
     * rendered; a page kept from the last build because nothing it shows changed keeps its chart.
     */
    public record Summary(int units, int periods, int pages, int files, int chartsDrawn, int chartsKept) {
    }

    public Summary bake(OutputFolder out, YearMonth current, Progress progress) throws IOException {
        return bake(out, current, progress, new PageKeys(null, engine.project(), engine.periodsUpTo(current), null));
    }

    /**
     * Each scorecard's overall score in each month of the last {@link #bake}, by unit, for the
     * record of the build: the period overviews list them all, and the next build takes those of
     * unchanged months from there instead of rolling every earlier month up again.
     */
    Map<YearMonth, Map<String, Score>> scores() {
        Map<YearMonth, Map<String, Score>> all = new LinkedHashMap<>();
        for (YearMonth month : keys.months().keySet()) {
            Map<String, Score> byUnit = new LinkedHashMap<>();
            for (String unit : engine.project().scorecards().keySet()) {
                byUnit.put(unit, engine.score(unit, month));
            }
            all.put(month, byUnit);
        }
        return all;
    }

    /**
     * Bakes; a page that {@code keys} says the record of the last build vouches for (the same
     * key, and its files as that build left them) is kept instead of rendered again when its
     * page type asks ({@link Output#keep}). {@code keys} are of the months up to {@code current}.
     */
    Summary bake(OutputFolder out, YearMonth current, Progress progress, PageKeys keys) throws IOException {
        Project project = engine.project();
        Theme theme = Theme.of(project.root(), project.site().theme());
        List<YearMonth> months = engine.periodsUpTo(current);
        this.keys = keys;
        SiteOutput site = new SiteOutput(out, new Renderer(theme), keys);
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            site.file(Addresses.asset(asset.getKey()), asset.getValue());
        }

        long start = System.nanoTime();
        engine.computeAll(months, keys.recordedScores());
        progress.finished("computing", months.size() * project.scorecards().size() + " scorecard periods", Build.millis(start));
        PageContext ctx = new PageContext(engine, current, months, editorial);
        List<PageType.Job> jobs = new ArrayList<>();
        for (PageType type : PageTypes.all()) {
            jobs.addAll(type.jobs(ctx));
        }
        long rendering = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        int total = jobs.size();
        try {
            jobs.parallelStream().forEach(job -> {
                try {
                    job.run(site);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.advance(done.incrementAndGet(), total);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.finished("rendering", site.pages.get() + " pages" + kept(site.kept.get(), site.keptPages.get()), Build.millis(rendering));
        int charts = site.charts.get();
        int chartsKept = site.chartsKept.get();
        progress.finished("charts", charts + " drawn" + (chartsKept == 0 ? "" : ", " + chartsKept + " kept with their unchanged pages"), 0);
        if (project.site().pdfReports()) {
            progress.finished("reports", site.pdfs.get() + " monthly reports printed as PDF, " + site.carried.get()
                    + " of earlier months kept as they were", 0);
        }
        return new Summary(project.scorecards().size(), months.size(), site.pages.get(), site.files.get(), charts, chartsKept);
    }

    /**
     * Runs one job into memory and returns its files by path, exactly as {@link #bake} writes
     * them into a fresh output (nothing kept from an earlier build, nothing carried over): how
     * the preview renders the page it is asked for ({@link OnDemandSite}), through the very
     * output and renderer of a bake.
     */
    static Map<String, byte[]> render(PageType.Job job, Renderer renderer) throws IOException {
        SiteOutput memory = new SiteOutput(null, renderer, null);
        job.run(memory);
        return memory.written;
    }

    /** What the "rendering" line says was kept: ", 120 month pages and 900 other pages kept from the last build", or nothing. */
    static String kept(int months, int pages) {
        return months == 0 && pages == 0 ? "" : ", " + months + " month pages and " + pages + " other pages kept from the last build";
    }

    /**
     * The output folder as the page types see it, counting what they write and keep; without a
     * folder, it keeps what they write in memory ({@link #render}) and keeps nothing else.
     */
    private static final class SiteOutput implements Output {
        /** The KPI page is the one page that draws a chart: its pages rendered and kept are the charts drawn and kept. */
        private static final String CHART_TEMPLATE = KpiPage.TEMPLATE;
        private final OutputFolder folder;
        private final Renderer renderer;
        private final PageKeys keys;
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicInteger pages = new AtomicInteger();
        private final AtomicInteger kept = new AtomicInteger();
        private final AtomicInteger keptPages = new AtomicInteger();
        private final AtomicInteger charts = new AtomicInteger();
        private final AtomicInteger chartsKept = new AtomicInteger();
        private final AtomicInteger pdfs = new AtomicInteger();
        private final AtomicInteger carried = new AtomicInteger();
        /** The files written, by path, when there is no folder. */
        private final Map<String, byte[]> written = new LinkedHashMap<>();

        SiteOutput(OutputFolder folder, Renderer renderer, PageKeys keys) {
            this.folder = folder;
            this.renderer = renderer;
            this.keys = keys;
        }

        @Override
        public void page(String template, String path, PageModel model) throws IOException {
            file(path, renderer.render(template, model));
            pages.incrementAndGet();
            if (CHART_TEMPLATE.equals(template)) {
                charts.incrementAndGet();
            }
        }

        @Override
        public void pdf(String template, String path, PageModel model, YearMonth month) throws IOException {
            file(path, PdfReport.print(renderer.render(template, model), month));
            pdfs.incrementAndGet();
        }

        @Override
        public boolean carry(String path) {
            if (folder == null || !folder.carry(path)) {
                return false;
            }
            carried.incrementAndGet();
            return true;
        }

        @Override
        public void file(String path, byte[] bytes) throws IOException {
            if (folder == null) {
                written.put(path, bytes);
            } else {
                folder.write(path, bytes);
            }
            files.incrementAndGet();
        }

        @Override
        public boolean keep(YearMonth month, String... paths) {
            if (keys == null) {
                return false; // in memory: nothing was left to keep
            }
            long[][] asLeft = keys.month(month, paths);
            if (asLeft == null || !folder.keep(paths, asLeft)) {
                return false;
            }
            kept.incrementAndGet();
            return true;
        }

        @Override
        public boolean keepUnitMonth(YearMonth month, String unit, String shown, String... paths) {
            if (keys == null) {
                return false;
            }
            long[][] asLeft = keys.month(month, unit, shown, paths);
            if (asLeft == null || !folder.keep(paths, asLeft)) {
                return false;
            }
            kept.incrementAndGet();
            return true;
        }

        @Override
        public boolean keep(String template, String path, String text) {
            if (keys == null) {
                return false;
            }
            return kept(template, path, keys.page(template, path, text));
        }

        @Override
        public boolean keep(String unit, String template, String path, String text) {
            if (keys == null) {
                return false;
            }
            return kept(template, path, keys.page(unit, template, path, text));
        }

        private boolean kept(String template, String path, String key) {
            long[][] asLeft = keys.vouched(path, key);
            if (asLeft == null || !folder.keep(new String[] {path}, asLeft)) {
                return false;
            }
            keptPages.incrementAndGet();
            if (CHART_TEMPLATE.equals(template)) {
                chartsKept.incrementAndGet();
            }
            return true;
        }
    }
}
