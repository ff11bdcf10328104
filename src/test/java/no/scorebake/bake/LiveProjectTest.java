package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import no.scorebake.testkit.TestProject;
import no.scorebake.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's project loaded in parts: what a reload keeps from the last load must never hide a change. */
class LiveProjectTest {

    @TempDir
    Path dir;

    private static String page(OnDemandSite site, String path) throws Exception {
        return new String(site.render(path).get(path), StandardCharsets.UTF_8);
    }

    @Test
    void aChangedScorecardChecksTheUnchangedUploadsAgain() throws Exception {
        TestProject p = new TestProject(dir.resolve("p"))
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }\n- { id: j, name: J, unit: count, target: 10 }", "k", "j")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\nA;j;2005-08;7\n");
        LiveProject live = new LiveProject(p.root(), null);
        PrintWriter err = new PrintWriter(new StringWriter());
        OnDemandSite site = live.reload(LiveProject.Part.all(), err);
        assertTrue(page(site, "A/kpi/j.html").contains("<h1"), "the KPI j has its page");
        // The upload is unchanged; its check, kept from the last load, named a KPI the scorecard no longer has.
        p.scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k");
        InputException e = assertThrows(InputException.class, () -> live.reload(Set.of(LiveProject.Part.MODEL), err));
        assertTrue(e.lines().stream().anyMatch(l -> l.startsWith("model/data/a.csv:3:") && l.contains("unknown KPI 'j'")), e.lines().toString());
        assertEquals(site, live.site(), "the last good site stays");
        // The upload changes, the scorecard does not: the upload's new figure is taken.
        p.file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;9\n");
        OnDemandSite fixed = live.reload(Set.of(LiveProject.Part.MODEL), err);
        assertTrue(page(fixed, "A/kpi/k.html").contains(">9<"), page(fixed, "A/kpi/k.html"));
        assertEquals(null, fixed.render("A/kpi/j.html"), "no page for a KPI that is gone");
    }
}
