package no.scorebake.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.scorebake.address.Addresses;
import no.scorebake.bake.Build;
import no.scorebake.status.StatusEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theming guide, docs/theming.md, against the code: its data reference is exactly what
 * {@link TemplateDataReference} writes from the records the page types pass to their templates
 * for the example project, and its tables name every template and asset of the default theme.
 * When a page record changes, regenerate the reference with
 * {@code mvn -B -o test -Dtest=ThemingGuideTest -Dtheming.write=true} and read the difference.
 */
class ThemingGuideTest {

    static final Path GUIDE = Path.of("docs/theming.md");
    static final Path THEME = Path.of("themes/default");
    static final String BEGIN = "<!-- data reference: written by ThemingGuideTest from the page records; do not edit by hand -->\n";
    static final String END = "<!-- end of the data reference -->\n";

    @TempDir
    static Path tmp;
    static List<TemplateDataReference.Sample> samples;

    /** Runs every page type's jobs for the example project, keeping the record of each page instead of rendering it. */
    @BeforeAll
    static void bakeTheExampleIntoRecords() throws IOException {
        Build.Loaded loaded = Build.load(Path.of("").toAbsolutePath());
        assertTrue(loaded.problems().errors().isEmpty(), loaded.problems().errors().toString());
        StatusEngine engine = loaded.engine();
        YearMonth current = engine.currentPeriod();
        List<YearMonth> months = engine.periodsUpTo(current);
        engine.computeAll(months);
        PageContext ctx = new PageContext(engine, current, months, loaded.pages());
        List<TemplateDataReference.Sample> pages = new ArrayList<>();
        Output recorder = new Output() {
            @Override
            public void page(String template, String path, PageModel model) {
                pages.add(new TemplateDataReference.Sample(template, path, (Record) model));
            }

            @Override
            public void file(String path, byte[] bytes) {
            }

            @Override
            public boolean keep(YearMonth month, String... paths) {
                return false;
            }

            @Override
            public void pdf(String template, String path, PageModel model, YearMonth month) {
                pages.add(new TemplateDataReference.Sample(template, path, (Record) model));
            }
        };
        for (PageType type : PageTypes.all()) {
            for (PageType.Job job : type.jobs(ctx)) {
                job.run(recorder);
            }
        }
        // The monthly report is printed by scorebake report, and by the bake only with "reports: pdf", which the example leaves off.
        pages.add(new TemplateDataReference.Sample(MonthReport.TEMPLATE, Addresses.monthReport("800", current),
                (Record) MonthReport.model(ctx, "800", true)));
        pages.sort(Comparator.comparing(TemplateDataReference.Sample::path));
        samples = List.copyOf(pages);
    }

    @Test
    void theDataReferenceIsWhatThePageRecordsHold() throws IOException {
        String guide = Files.readString(GUIDE);
        int begin = guide.indexOf(BEGIN);
        int end = guide.indexOf(END);
        assertTrue(begin >= 0 && end > begin, GUIDE + " marks its data reference with\n" + BEGIN + END);
        String written = guide.substring(begin + BEGIN.length(), end);
        String made = "\n" + TemplateDataReference.markdown(samples);
        if (!made.equals(written) && Boolean.getBoolean("theming.write")) {
            Files.writeString(GUIDE, guide.substring(0, begin + BEGIN.length()) + made + guide.substring(end));
            return;
        }
        Path fresh = Path.of("target", "theming-data-reference.md");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, made);
        List<String> want = made.lines().toList();
        List<String> have = written.lines().toList();
        int line = 0;
        while (line < want.size() && line < have.size() && want.get(line).equals(have.get(line))) {
            line++;
        }
        assertTrue(want.equals(have), GUIDE + "'s data reference differs from the page records at line " + (line + 1) + " of the reference"
                + ":\n  the records: " + (line < want.size() ? want.get(line) : "(end)")
                + "\n  the guide:   " + (line < have.size() ? have.get(line) : "(end)")
                + "\nThe whole reference made from the records is in " + fresh
                + "; mvn -B -o test -Dtest=ThemingGuideTest -Dtheming.write=true writes it into the guide.");
    }

    @Test
    void everyTemplateOfTheDefaultThemeHasPagesAndARowInTheGuide() throws IOException {
        Set<String> templates = files(THEME.resolve("templates"));
        Set<String> rendered = new TreeSet<>(samples.stream().map(TemplateDataReference.Sample::template).toList());
        rendered.add("layout.ftlh");
        rendered.add("parts.ftlh");
        // The frame's partials, which layout.ftlh includes on every page.
        Matcher include = Pattern.compile("<#include \"(partials/[\\w.-]+)\">").matcher(Files.readString(THEME.resolve("templates/layout.ftlh")));
        while (include.find()) {
            rendered.add(include.group(1));
        }
        assertEquals(templates, rendered, "templates of the default theme against the templates the page types render");
        assertEquals(templates, tableNames("### Templates"), GUIDE + "'s table of templates");
    }

    /** The addresses the guide gives each template ({@code <unit>/kpi/<kpi>.html}) are where its pages are baked. */
    @Test
    void everyPageIsBakedWhereTheGuideSays() throws IOException {
        Map<String, List<Pattern>> addresses = new TreeMap<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        for (String row : tableRows("### Templates")) {
            String[] cells = row.split("\\|");
            Matcher template = code.matcher(cells[1]);
            assertTrue(template.find(), row);
            List<Pattern> patterns = new ArrayList<>();
            Matcher address = code.matcher(cells[2]);
            while (address.find()) {
                patterns.add(Pattern.compile(Pattern.quote(address.group(1)).replaceAll("<path>", "\\\\E.+\\\\Q")
                        .replaceAll("<[a-z]+>", "\\\\E[^/]+\\\\Q")));
            }
            addresses.put(template.group(1), patterns);
        }
        for (TemplateDataReference.Sample s : samples) {
            List<Pattern> patterns = addresses.getOrDefault(s.template(), List.of());
            assertTrue(patterns.stream().anyMatch(p -> p.matcher(s.path()).matches()),
                    s.path() + " is baked from " + s.template() + ", but " + GUIDE + " gives its addresses as " + patterns);
        }
    }

    @Test
    void everyAssetOfTheDefaultThemeHasARowInTheGuide() throws IOException {
        Set<String> assets = new TreeSet<>();
        files(THEME.resolve("assets")).forEach(a -> assets.add("assets/" + a));
        assertEquals(assets, tableNames("### Assets"), GUIDE + "'s table of assets");
    }

    /** The few values written unescaped (already safe HTML), each named in the guide's escaping rule as the template writes it. */
    @Test
    void theGuideNamesEveryUnescapedValue() throws IOException {
        Set<String> unescaped = new TreeSet<>();
        Pattern noEsc = Pattern.compile("\\$\\{[\\w.]+\\?no_esc}");
        for (String t : files(THEME.resolve("templates"))) {
            Matcher m = noEsc.matcher(Files.readString(THEME.resolve("templates").resolve(t)));
            while (m.find()) {
                unescaped.add(m.group());
            }
        }
        assertEquals(7, unescaped.size(), unescaped.toString());
        String rule = Files.readString(GUIDE).lines().dropWhile(l -> !l.startsWith("- **Escaping.**"))
                .takeWhile(l -> !l.startsWith("- **Status")).reduce("", String::concat);
        for (String value : unescaped) {
            assertTrue(rule.contains("`" + value + "`"), "the escaping rule of " + GUIDE + " names " + value + ": " + rule);
        }
    }

    /** The body rows of the first table after {@code heading}. */
    private static List<String> tableRows(String heading) throws IOException {
        List<String> rows = Files.readString(GUIDE).lines().dropWhile(l -> !l.equals(heading)).skip(1)
                .dropWhile(l -> !l.startsWith("|")).takeWhile(l -> l.startsWith("|")).skip(2).toList();
        assertFalse(rows.isEmpty(), GUIDE + " has a table after " + heading);
        return rows;
    }

    /** The names in the first column of the table after {@code heading}, each written as code. */
    private static Set<String> tableNames(String heading) throws IOException {
        List<String> lines = tableRows(heading);
        Set<String> names = new TreeSet<>();
        Pattern first = Pattern.compile("^\\| `([^`]+)` \\|");
        for (String l : lines) {
            Matcher m = first.matcher(l);
            assertTrue(m.find(), GUIDE + ": a row of " + heading + " that does not start with a `file`: " + l);
            names.add(m.group(1));
        }
        return names;
    }

    /** Every file below {@code folder}, by its path from there ({@code partials/footer.ftlh}). */
    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return new TreeSet<>(s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).toList());
        }
    }
}
