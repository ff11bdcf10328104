package no.scorebake.survey;

import no.scorebake.model.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.scorebake.model.Project;
import no.scorebake.status.StatusEngine;
import no.scorebake.testkit.TestProject;
import no.scorebake.text.Format;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No number of a hidden group appears anywhere in the baked site: A2 has 4 respondents (below
 * min-group 5), so A1 must be hidden as well, or A minus A1 would give A2. Every file is scanned:
 * pages with their charts, JSON and CSV exports, and the search index.
 */
class AnonymityTest {

    @TempDir
    Path dir;

    static final String DEFINITION = """
            name: Trivsel
            scale: { min: 1, max: 5, favourable: 4 }
            min-group: 5
            themes:
              - id: lead
                name: Ledelse
                questions:
                  - { id: q1, text: Min leder følger opp målene }
                  - { id: q2, text: Jeg vet hva målene betyr }
            feeds:
              - { theme: lead, measure: mean, scorecard: A, kpi: lead-mean }
              - { question: q1, measure: favourable, scorecard: A2, kpi: small-share }
            """;

    static final String RESPONSES = """
            unit,q1,q2
            A1,5,4
            A1,5,4
            A1,5,5
            A1,4,3
            A1,3,3
            A1,1,2
            A2,5,4
            A2,4,3
            A2,4,3
            A2,2,5
            """;

    @Test
    void noNumberOfAHiddenGroupIsBakedAnywhere() throws Exception {
        TestProject project = new TestProject(dir)
                .scorecard("A", "- { id: lead-mean, name: Ledelsesindeks, unit: score, frequency: yearly, target: 4 }", "lead-mean")
                .scorecard("A2", "- { id: small-share, name: Andel positive, unit: percent, frequency: yearly, target: 60 }", "small-share")
                .file("model/data/a.csv", "scorecard;kpi;period;value\n")
                .file("model/surveys/trivsel.yaml", DEFINITION)
                .file("model/surveys/trivsel/2005-06.csv", RESPONSES)
                .file("model/site.yaml", "title: Test\nperiod: 2005-12\n");
        Project p = project.load();
        WaveResult wave = new StatusEngine(p).surveys().results(p.surveys().get(0)).get(0);
        for (String unit : List.of("A1", "A2")) {
            assertFalse(wave.question(unit, "q1").shown());
            assertFalse(wave.theme(unit, "lead").shown());
        }
        assertTrue(wave.question("A", "q1").shown());

        Format nb = Format.of(Language.NB);
        Format en = Format.of(Language.EN);
        Set<String> shown = new LinkedHashSet<>();
        for (String q : List.of("q1", "q2")) {
            Figure f = wave.question("A", q);
            shown.add(nb.fixed(f.mean(), 2));
            shown.add(nb.percent(f.favourable()));
        }
        Figure theme = wave.theme("A", "lead");
        shown.add(nb.fixed(theme.mean(), 2));
        shown.add(nb.percent(theme.favourable()));
        Set<String> hidden = new LinkedHashSet<>();
        for (String unit : List.of("A1", "A2")) {
            for (String q : List.of("q1", "q2")) {
                Figure raw = wave.rawQuestion(unit, q);
                for (Format f : List.of(nb, en)) {
                    hidden.add(f.fixed(raw.mean(), 2));
                    hidden.add(f.percent(raw.favourable()));
                }
            }
        }
        // A hidden figure that happens to equal a shown one cannot be told apart from it.
        hidden.removeAll(shown);
        hidden.removeIf(s -> shown.contains(s.replace('.', ',').replace("%", "\u00A0%")));
        assertTrue(hidden.size() >= 6, "the data should give distinctive hidden numbers: " + hidden);

        Path site = dir.resolve("site");
        TestProject.Run run = project.run("build", "--out", site.toString());
        assertEquals(0, run.exit(), run.err());

        List<String> leaks = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(site)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        int charts = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String text = file.toString().endsWith(".png") ? new String(bytes, StandardCharsets.ISO_8859_1)
                    : new String(bytes, StandardCharsets.UTF_8).replace('\u00A0', ' ');
            if (text.contains("<svg class=\"kpi-chart\"")) {
                charts++;
            }
            for (String h : hidden) {
                if (text.contains(h.replace('\u00A0', ' '))) {
                    leaks.add(site.relativize(file) + " holds " + h);
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(charts > 0, "the scan covered the charts");
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".json")), "the scan covered the exports");

        Document page = Jsoup.parse(site.resolve("surveys/trivsel/index.html").toFile(), "UTF-8");
        assertEquals(6, page.select("tr[data-unit=A1][data-hidden], tr[data-unit=A2][data-hidden]").size(),
                "A1 and A2: theme row and two questions each");
        assertTrue(page.select("tr[data-unit=A2] .too-few").text().contains("for få svar"));
        assertTrue(page.select("tr[data-unit=A]").text().contains(nb.fixed(wave.question("A", "q1").mean(), 2)),
                "the shown group's numbers are on the page, so the scan is not vacuous");

        Document kpi = Jsoup.parse(site.resolve("A2/kpi/small-share.html").toFile(), "UTF-8");
        assertTrue(kpi.select("#how").text().contains("for få svar"), kpi.select("#how").text());
    }
}
