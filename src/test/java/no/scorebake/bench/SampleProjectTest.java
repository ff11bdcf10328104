package no.scorebake.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.scorebake.bake.Build;
import no.scorebake.bake.Progress;
import no.scorebake.model.Aggregation;
import no.scorebake.model.Direction;
import no.scorebake.model.Factor;
import no.scorebake.model.Frequency;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiUnit;
import no.scorebake.model.Objective;
import no.scorebake.model.Project;
import no.scorebake.model.Ref;
import no.scorebake.model.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's synthetic project ({@link SampleProject}) is a valid project: it loads with no
 * error and no warning, and bakes. It covers every KPI kind, and it is the same for the same seed.
 */
class SampleProjectTest {

    @TempDir
    Path dir;

    @Test
    void smallSampleLoadsCleanAndBakes() throws IOException {
        Path project = dir.resolve("bergen");
        SampleProject.Summary s = SampleProject.generate(project, 12, 6, 14, 1);
        assertEquals(12, s.units());
        assertEquals(12 * 14, s.dataFiles());

        Build.Loaded loaded = Build.load(project);
        assertNotNull(loaded.engine(), () -> "errors: " + loaded.problems().errors());
        assertEquals(List.of(), loaded.problems().errors());
        assertEquals(List.of(), loaded.problems().warnings());
        assertEquals(12, loaded.engine().project().scorecards().size());

        StringWriter err = new StringWriter();
        Path out = dir.resolve("site");
        Build.Result result = Build.run(project, out, null, Progress.QUIET, new PrintWriter(err, true));
        assertEquals(12, result.summary().units(), err::toString);
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertEquals(12 * 6, pagesWithChart(out), "one chart per KPI");
        assertTrue(Files.isRegularFile(out.resolve("bergen/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("bergen/2023-01/index.html")));
    }

    @Test
    void coversEveryKindOfKpi() throws IOException {
        Path project = dir.resolve("kinds");
        SampleProject.generate(project, 12, 20, 14, 3);
        Build.Loaded loaded = Build.load(project);
        assertNotNull(loaded.engine(), () -> "errors: " + loaded.problems().errors());
        assertEquals(List.of(), loaded.problems().warnings());
        Project p = loaded.engine().project();

        Set<Frequency> frequencies = EnumSet.noneOf(Frequency.class);
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        Set<KpiUnit> units = EnumSet.noneOf(KpiUnit.class);
        Set<Aggregation> aggregations = EnumSet.noneOf(Aggregation.class);
        Set<Aggregation> rollups = EnumSet.noneOf(Aggregation.class);
        Set<String> seen = new TreeSet<>();
        for (Scorecard card : p.scorecards().values()) {
            assertTrue(card.perspectives().size() >= 3 && card.perspectives().size() <= 4, card.unit());
            for (Kpi k : card.kpis().values()) {
                frequencies.add(k.frequency());
                directions.add(k.direction());
                units.add(k.unit());
                aggregations.add(k.aggregation());
                if (k.rollup() != null) {
                    rollups.add(k.rollup());
                }
                if (k.planned()) {
                    seen.add("planned");
                }
                if (k.formula() != null) {
                    seen.add(k.formula().references().stream().anyMatch(r -> r.contains("/")) ? "formula across units" : "formula");
                }
                if (k.target() != null && k.target().signum() == 0) {
                    seen.add("target 0");
                }
                if (!k.yearTargets().isEmpty()) {
                    seen.add("targets by year");
                }
                if (!k.periodTargets().isEmpty()) {
                    seen.add("targets by period");
                }
                if (k.thresholds() != null) {
                    seen.add("thresholds");
                }
            }
            for (Objective o : card.objectives()) {
                if (!o.drives().isEmpty()) {
                    seen.add("drives");
                }
                for (Factor f : o.factors()) {
                    for (Ref r : f.kpis()) {
                        if (r.text().contains("/")) {
                            seen.add("reference to a sub-unit's KPI");
                        }
                    }
                }
            }
            if (!card.initiatives().isEmpty()) {
                seen.add("initiatives");
            }
        }
        assertEquals(EnumSet.allOf(Frequency.class), frequencies);
        assertEquals(EnumSet.allOf(Direction.class), directions);
        assertEquals(EnumSet.allOf(KpiUnit.class), units);
        assertEquals(EnumSet.allOf(Aggregation.class), aggregations);
        assertEquals(EnumSet.of(Aggregation.SUM, Aggregation.AVERAGE), rollups);
        assertEquals(new TreeSet<>(List.of("planned", "formula", "formula across units", "target 0", "targets by year",
                "targets by period", "thresholds", "drives", "reference to a sub-unit's KPI", "initiatives")), seen);
        assertTrue(p.measurements().stream().anyMatch(m -> m.comment() != null), "comments on some rows");
        assertTrue(p.measurements().stream().anyMatch(m -> m.value() == null), "a few empty values");
        assertTrue(p.measurements().stream().anyMatch(m -> m.target() != null), "a target overridden in a data row");
        assertTrue(p.measurements().stream().anyMatch(m -> m.forecast() != null), "an owner's forecast in a data row");
        assertTrue(!p.initiativeReports().isEmpty(), "initiative progress rows");
        assertTrue(!p.notes().isEmpty(), "notes under content/comments");
    }

    @Test
    void sameSeedSameFilesAndAMonthCanBeAdded() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        SampleProject.generate(a, 30, 22, 13, 5);
        SampleProject.generate(b, 30, 22, 13, 5);
        assertSameFiles(a, b, "");

        // 12 months, then the 13th added with --data-from 13: model and data as a fresh 13-month project.
        Path c = dir.resolve("c");
        SampleProject.generate(c, new SampleProject.Options(30, 22, 12, 5));
        SampleProject.generate(c, new SampleProject.Options(30, 22, 13, 5, java.time.YearMonth.of(2023, 1), 13));
        assertSameFiles(a, c, "model");
    }

    @Test
    void bergensShapeHasWideSectorsLoadsCleanAndIsDeterministic() throws IOException {
        Path a = dir.resolve("wide-a");
        Path b = dir.resolve("wide-b");
        SampleProject.Options options = new SampleProject.Options(130, 6, 4, 2, java.time.YearMonth.of(2023, 1), 1,
                SampleProject.Shape.BERGEN);
        SampleProject.Summary s = SampleProject.generate(a, options);
        SampleProject.generate(b, options);
        assertSameFiles(a, b, "");

        Build.Loaded loaded = Build.load(a);
        assertNotNull(loaded.engine(), () -> "errors: " + loaded.problems().errors());
        assertEquals(List.of(), loaded.problems().errors());
        assertEquals(List.of(), loaded.problems().warnings());
        Project p = loaded.engine().project();
        List<no.scorebake.model.Unit> sectors = p.organisation().roots().get(0).units();
        assertEquals(2, sectors.size(), "one sector per 61 units");
        for (no.scorebake.model.Unit sector : sectors) {
            assertTrue(sector.units().size() >= 60, () -> sector.id() + " has " + sector.units().size() + " units");
            assertTrue(sector.units().stream().allMatch(u -> u.units().isEmpty()), "units directly under the sector");
            Kpi cases = p.scorecards().get(sector.id()).kpis().get("cases");
            assertEquals(Aggregation.SUM, cases.rollup(), "a roll-up over the wide sector");
        }
        // A note for one unit in three, where the default shape has one in nine.
        SampleProject.Summary narrow = SampleProject.generate(dir.resolve("narrow"), 130, 6, 4, 2);
        assertTrue(s.notes() > 2 * narrow.notes(), () -> s.notes() + " notes against " + narrow.notes());
    }

    private static void assertSameFiles(Path a, Path b, String under) throws IOException {
        List<String> fa = files(a.resolve(under));
        List<String> fb = files(b.resolve(under));
        assertEquals(fa, fb);
        for (String f : fa) {
            assertArrayEquals(Files.readAllBytes(a.resolve(under).resolve(f)), Files.readAllBytes(b.resolve(under).resolve(f)), f);
        }
    }

    private static List<String> files(Path root) throws IOException {
        List<String> list = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> list.add(root.relativize(p).toString().replace('\\', '/')));
        }
        list.sort(null);
        return list;
    }

    private static long pagesWithChart(Path root) throws IOException {
        long pages = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".html")).toList()) {
                pages += Files.readString(p).contains("<svg class=\"kpi-chart\"") ? 1 : 0;
            }
        }
        return pages;
    }
}
