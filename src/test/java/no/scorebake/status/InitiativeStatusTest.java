package no.scorebake.status;

import static no.scorebake.status.Fx.AUG;
import static no.scorebake.status.Fx.FEB;
import static no.scorebake.status.Fx.JUN;
import static no.scorebake.status.Fx.MAR;
import static no.scorebake.status.Fx.SEP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.TestProject;
import no.scorebake.model.Initiative;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "initiatives" of How status is computed: percent complete and status as last reported at or before P. */
class InitiativeStatusTest {

    @TempDir
    Path dir;
    StatusEngine engine;
    Initiative itil;
    Initiative cmdb;

    @BeforeEach
    void project() {
        engine = new TestProject(dir)
                .file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        objectives:
                          - { id: o, name: O, perspective: p }
                        initiatives:
                          - { id: itil, name: ITIL, start: 2005-01, end: 2006-06, supports: [o] }
                          - { id: cmdb, name: CMDB, start: 2005-01, end: 2005-12 }
                        """)
                // rows deliberately out of order: the engine orders them by month
                .file("model/data/initiatives.csv", """
                        scorecard;initiative;period;value;status;comment
                        A;itil;2005-09;80;late;senere rad
                        A;itil;2005-03;20;on-track;startet
                        A;itil;2005-06;;at-risk;forsinket
                        A;itil;2005-07;35 %;;
                        A;cmdb;2005-06;50;;
                        """)
                .engine();
        List<Initiative> list = engine.project().scorecards().get("A").initiatives();
        itil = list.get(0);
        cmdb = list.get(1);
    }

    @Test
    void nothingReportedYet() {
        InitiativeStatus s = engine.initiative("A", itil, FEB);
        assertNull(s.complete());
        assertNull(s.status());
        assertNull(s.latest());
        assertNull(s.reported());
    }

    @Test
    void theRowOfTheMonthItself() {
        InitiativeStatus s = engine.initiative("A", itil, MAR);
        assertEquals(0, new BigDecimal("20").compareTo(s.complete()));
        assertEquals("on-track", s.status());
        assertEquals(MAR, s.reported());
        assertEquals("startet", s.latest().comment());
    }

    @Test
    void anEmptyValueKeepsTheEarlierPercent() {
        // June: value empty, status at-risk -> 20 % from March, status at-risk
        InitiativeStatus s = engine.initiative("A", itil, JUN);
        assertEquals(0, new BigDecimal("20").compareTo(s.complete()));
        assertEquals("at-risk", s.status());
        assertEquals(JUN, s.reported());
        assertEquals("forsinket", s.latest().comment());
    }

    @Test
    void anEmptyStatusKeepsTheEarlierStatusAndALaterRowIsIgnored() {
        // August: latest row at or before is July (35 %, no status) -> 35, at-risk from June;
        // September's 80 / late is after August and is ignored
        InitiativeStatus s = engine.initiative("A", itil, AUG);
        assertEquals(0, new BigDecimal("35").compareTo(s.complete()));
        assertEquals("at-risk", s.status());
        assertEquals(YearMonth.of(2005, 7), s.reported());
    }

    @Test
    void laterMonthsSeeTheLaterRow() {
        InitiativeStatus s = engine.initiative("A", itil, SEP);
        assertEquals(0, new BigDecimal("80").compareTo(s.complete()));
        assertEquals("late", s.status());
        InitiativeStatus dec = engine.initiative("A", itil, YearMonth.of(2005, 12));
        assertEquals(0, new BigDecimal("80").compareTo(dec.complete()));
        assertEquals(SEP, dec.reported());
    }

    @Test
    void aPercentWithoutAnyStatus() {
        InitiativeStatus s = engine.initiative("A", cmdb, AUG);
        assertEquals(0, new BigDecimal("50").compareTo(s.complete()));
        assertNull(s.status());
    }

    @Test
    void theScorecardCarriesItsInitiatives() {
        ScorecardStatus card = engine.scorecard("A", AUG);
        assertEquals(List.of("itil", "cmdb"), card.initiatives().stream().map(i -> i.initiative().id()).toList());
        InitiativeStatus s = card.initiatives().get(0);
        assertEquals(0, new BigDecimal("35").compareTo(s.complete()));
        assertEquals("at-risk", s.status());
    }
}
