package no.scorebake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import no.scorebake.model.KpiKey;
import no.scorebake.status.Exact;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Status;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {

    @Test
    void lowerIsBetterExactlyOnYellow(@TempDir Path dir) {
        TestProject p = new TestProject(dir)
                .scorecard("A", """
                        - id: faults
                          name: Feil
                          unit: count
                          direction: lower
                          target: 14
                        """, "faults")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;faults;2005-08;15,4\n");
        KpiStatus s = p.engine().kpi(new KpiKey("A", "faults"), YearMonth.of(2005, 8));
        assertEquals("90", Exact.decimal(s.performance(), 6).toPlainString());
        assertEquals(Status.YELLOW, s.status());
    }
}
