package no.scorebake.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.scorebake.address.Addresses;
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
    private Map<YearMonth, String> keys = Map.of();
    private Map<String, String> pageKeys = Map.of();

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
        return bake(out, current, progress, null, null);
    }

    /** The key of each month's pages in the last {@link #bake}, for the record of the build. */
    Map<YearMonth, String> keys() {
        return keys;
    }

    /** The key of each page that has one ({@link Output#keep(String, String, String)}) in the last {@link #bake}, by path. */
    Map<String, String> pageKeys() {
        return pageKeys;
    }

    /**
     * Each scorecard's overall score in each month of the last {@link #bake}, by unit, for the
     * record of the build: the period overviews list them all, and the next build takes those of
     * unchanged months from there instead of rolling every earlier month up again.
     */
    Map<YearMonth, Map<String, Score>> scores() {
        Map<YearMonth, Map<String, Score>> all = new LinkedHashMap<>();
        for (YearMonth month : keys.keySet()) {
            Map<String, Score> byUnit = new LinkedHashMap<>();
            for (String unit : engine.project().scorecards().keySet()) {
                byUnit.put(unit, engine.score(unit, month));
            }
            all.put(month, byUnit);
        }
        return all;
    }

    /**
     * Bakes; a month's pages whose key ({@link PeriodKeys}, from {@code fixed}) equals the one
     * {@code earlier} baked them with, and whose files are as it left them, are kept instead of
     * rendered again when their page type asks ({@link Output#keep}); so is a page whose own key
     * (from {@code fixed} and everything its model holds) equals the one {@code earlier} recorded
     * for it ({@link Output#keep(String, String, String)}).
     */
    Summary bake(OutputFolder out, YearMonth current, Progress progress, String fixed, LastBuild.Earlier earlier) throws IOException {
        Project project = engine.project();
        Theme theme = Theme.of(project.root(), project.site().theme());
        List<YearMonth> months = engine.periodsUpTo(current);
        keys = PeriodKeys.of(fixed, project, months);
        if (earlier != null) {
            for (YearMonth month : months) {
                earlier.scores(month, keys.get(month)).forEach((unit, score) -> engine.remember(unit, month, score));
            }
        }
        SiteOutput site = new SiteOutput(out, new Renderer(theme), keys, fixed, earlier);
        pageKeys = site.pageKeys;
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            site.file(Addresses.asset(asset.getKey()), asset.getValue());
        }

        PageContext ctx = new PageContext(engine, current, months, editorial);
        List<PageType.Job> jobs = new ArrayList<>();
        for (PageType type : PageTypes.all()) {
            jobs.addAll(type.jobs(ctx));
        }
        long start = System.nanoTime();
        engine.computeAll(months);
        progress.finished("computing", months.size() * project.scorecards().size() + " scorecard periods", Build.millis(start));
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
        SiteOutput memory = new SiteOutput(null, renderer, Map.of(), null, null);
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
        private final Map<YearMonth, String> keys;
        private final LastBuild.Earlier earlier;
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicInteger pages = new AtomicInteger();
        private final AtomicInteger kept = new AtomicInteger();
        private final AtomicInteger keptPages = new AtomicInteger();
        private final AtomicInteger charts = new AtomicInteger();
        private final AtomicInteger chartsKept = new AtomicInteger();
        private final AtomicInteger pdfs = new AtomicInteger();
        private final AtomicInteger carried = new AtomicInteger();
        private final String fixed;
        private final Map<String, String> pageKeys = new ConcurrentHashMap<>();
        /** The files written, by path, when there is no folder. */
        private final Map<String, byte[]> written = new LinkedHashMap<>();

        SiteOutput(OutputFolder folder, Renderer renderer, Map<YearMonth, String> keys, String fixed, LastBuild.Earlier earlier) {
            this.folder = folder;
            this.renderer = renderer;
            this.keys = keys;
            this.fixed = fixed;
            this.earlier = earlier;
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
            if (earlier == null || !earlier.same(month, keys.get(month)) || !folder.keep(earlier, paths)) {
                return false;
            }
            kept.incrementAndGet();
            return true;
        }

        @Override
        public boolean keep(String template, String path, String text) {
            if (fixed == null) {
                return false; // which scorebake made the file is not known: render it
            }
            MessageDigest sha = InputFingerprint.sha256();
            sha.update((fixed + "\n" + template + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            String key = HexFormat.of().formatHex(sha.digest());
            pageKeys.put(path, key);
            if (earlier == null || !earlier.samePage(path, key) || !folder.keep(earlier, path)) {
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
