package no.scorebake.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.scorebake.chart.ChartCache;
import no.scorebake.content.EditorialPage;
import no.scorebake.model.Project;
import no.scorebake.page.Output;
import no.scorebake.page.PageContext;
import no.scorebake.page.PageModel;
import no.scorebake.page.PageType;
import no.scorebake.page.PageTypes;
import no.scorebake.status.StatusEngine;

/**
 * Bakes the whole site for a checked project: the theme's assets, then the jobs of every
 * {@link PageType}, in parallel, each file written once. Which pages there are is the page
 * types' business; this class only runs them and counts.
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
     * Bakes; a month's pages whose key ({@link PeriodKeys}, from {@code fixed}) equals the one
     * {@code earlier} baked them with, and whose files are as it left them, are kept instead of
     * rendered again when their page type asks ({@link Output#keep}).
     */
    Summary bake(OutputFolder out, YearMonth current, Progress progress, String fixed, LastBuild.Earlier earlier) throws IOException {
        Project project = engine.project();
        Theme theme = Theme.of(project.root(), project.site().theme());
        List<YearMonth> months = engine.periodsUpTo(current);
        keys = PeriodKeys.of(fixed, project, months, current);
        SiteOutput site = new SiteOutput(out, new Renderer(theme), keys, earlier);
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            site.file("assets/" + asset.getKey(), asset.getValue());
        }

        PageContext ctx = new PageContext(engine, current, months, editorial);
        List<PageType.Job> jobs = new ArrayList<>();
        for (PageType type : PageTypes.all(charts)) {
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
        progress.finished("rendering", site.pages.get() + " pages" + (site.kept.get() > 0 ? ", " + site.kept.get()
                + " scorecard periods kept from the last build" : ""), Build.millis(rendering));
        progress.finished("charts", charts.misses() + " drawn, " + charts.hits() + " from cache", 0);
        return new Summary(project.scorecards().size(), months.size(), site.pages.get(), site.files.get(),
                (int) charts.misses(), (int) charts.hits());
    }

    /** The output folder as the page types see it, counting what they write and keep. */
    private static final class SiteOutput implements Output {
        private final OutputFolder folder;
        private final Renderer renderer;
        private final Map<YearMonth, String> keys;
        private final LastBuild.Earlier earlier;
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicInteger pages = new AtomicInteger();
        private final AtomicInteger kept = new AtomicInteger();

        SiteOutput(OutputFolder folder, Renderer renderer, Map<YearMonth, String> keys, LastBuild.Earlier earlier) {
            this.folder = folder;
            this.renderer = renderer;
            this.keys = keys;
            this.earlier = earlier;
        }

        @Override
        public void page(String template, String path, PageModel model) throws IOException {
            file(path, renderer.render(template, model));
            pages.incrementAndGet();
        }

        @Override
        public void file(String path, byte[] bytes) throws IOException {
            folder.write(path, bytes);
            files.incrementAndGet();
        }

        @Override
        public boolean keep(YearMonth month, String... paths) {
            if (earlier == null || !earlier.same(month, keys.get(month))) {
                return false;
            }
            for (String path : paths) {
                if (!folder.keep(path, earlier)) {
                    return false;
                }
            }
            kept.incrementAndGet();
            return true;
        }
    }
}
