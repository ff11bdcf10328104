package no.scorebake.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.scorebake.address.Addresses;
import no.scorebake.bake.Build;
import no.scorebake.bake.Renderer;
import no.scorebake.bake.Theme;
import no.scorebake.model.KpiKey;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.StatusEngine;
import org.junit.jupiter.api.Test;

/**
 * The pages of the current month share what they compute about it through {@link PageContext}:
 * whichever page asks first, every page comes out the same bytes, and the two scorecard pages
 * of the current month show the same rows, each linked from its own folder.
 */
class CurrentMonthSharingTest {

    private static final Path EXAMPLE = Path.of("").toAbsolutePath();

    @Test
    void everyPageIsTheSameBytesWhicheverPageAsksFirst() throws IOException {
        Map<String, String> forward = bake(false);
        Map<String, String> backward = bake(true);
        assertTrue(forward.size() > 50, "the example has pages: " + forward.size());
        assertEquals(forward.keySet(), backward.keySet());
        for (String path : forward.keySet()) {
            assertEquals(forward.get(path), backward.get(path), path);
        }
    }

    @Test
    void theCurrentMonthIsComputedOnceAndItsStatusesAreTheScorecards() {
        PageContext ctx = context();
        YearMonth current = ctx.current();
        for (String unit : ctx.project().scorecards().keySet()) {
            ScorecardStatus card = ctx.scorecard(unit, current);
            assertSame(card, ctx.scorecard(unit, current), unit);
            assertSame(card.score(), ctx.score(unit, current), unit);
            for (KpiStatus s : card.kpis()) {
                // A KPI two scorecards show keeps the status of the one computed first: the same figures.
                assertEquals(s, ctx.kpi(s.key(), current), s.key().toString());
                assertSame(ctx.kpi(s.key(), current), ctx.kpi(s.key(), current), s.key().toString());
            }
            assertSame(ScorecardPage.currentContent(ctx, unit), ScorecardPage.currentContent(ctx, unit), unit);
        }
    }

    @Test
    void bothCurrentScorecardPagesLinkTheSameKpiPages() {
        PageContext ctx = context();
        YearMonth current = ctx.current();
        int rows = 0;
        for (String unit : ctx.project().scorecards().keySet()) {
            ScorecardPage.Content content = ScorecardPage.currentContent(ctx, unit);
            String monthPage = Addresses.scorecard(unit, current);
            String currentPage = Addresses.scorecard(unit);
            List<KpiRow> onMonth = rows(ScorecardPage.model(ctx, content, monthPage));
            List<KpiRow> onCurrent = rows(ScorecardPage.model(ctx, content, currentPage));
            assertEquals(onMonth.size(), onCurrent.size(), unit);
            for (int i = 0; i < onMonth.size(); i++) {
                KpiRow a = onMonth.get(i);
                KpiRow b = onCurrent.get(i);
                assertEquals(Rows.linkedTo(a, ""), Rows.linkedTo(b, ""), "the same row but its link: " + a.id());
                assertFalse(a.href().equals(b.href()), "linked from different folders: " + a.href());
                assertEquals(file(monthPage, a.href()), file(currentPage, b.href()));
                assertEquals(file("", Addresses.kpi(new KpiKey(a.unit(), a.id()))), file(monthPage, a.href()));
                rows++;
            }
        }
        assertTrue(rows > 10, "the example's scorecards have rows: " + rows);
    }

    private static List<KpiRow> rows(ScorecardPage.Model model) {
        List<KpiRow> list = new ArrayList<>();
        for (ScorecardPage.PerspectiveView p : model.perspectives()) {
            for (ScorecardPage.ObjectiveView o : p.objectives()) {
                list.addAll(o.kpis());
                o.factors().forEach(f -> list.addAll(f.kpis()));
            }
        }
        list.addAll(model.other());
        model.changes().changes().forEach(c -> list.add(c.row()));
        return list;
    }

    private static URI file(String page, String href) {
        return URI.create("file:///site/" + page).resolve(href);
    }

    private static PageContext context() {
        Build.Loaded loaded = Build.load(EXAMPLE);
        assertTrue(loaded.problems().errors().isEmpty(), loaded.problems().errors().toString());
        StatusEngine engine = loaded.engine();
        YearMonth current = engine.currentPeriod();
        List<YearMonth> months = engine.periodsUpTo(current);
        engine.computeAll(months);
        return new PageContext(engine, current, months, loaded.pages());
    }

    /** Every page and file of the example, its jobs run one after another, in the order of the page types or backwards. */
    private static Map<String, String> bake(boolean backwards) throws IOException {
        PageContext ctx = context();
        Renderer renderer = new Renderer(Theme.of(EXAMPLE, ctx.project().site().theme()));
        Map<String, String> files = new TreeMap<>();
        Output out = new Output() {
            @Override
            public void page(String template, String path, PageModel model) throws IOException {
                files.put(path, renderer.render(template, model));
            }

            @Override
            public void file(String path, byte[] bytes) {
                files.put(path, new String(bytes, StandardCharsets.UTF_8));
            }

            @Override
            public boolean keep(YearMonth month, String... paths) {
                return false;
            }
        };
        List<PageType.Job> jobs = new ArrayList<>();
        for (PageType type : PageTypes.all()) {
            jobs.addAll(type.jobs(ctx));
        }
        if (backwards) {
            Collections.reverse(jobs);
        }
        for (PageType.Job job : jobs) {
            job.run(out);
        }
        return files;
    }
}
