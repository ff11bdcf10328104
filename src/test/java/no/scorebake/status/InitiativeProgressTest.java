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
import no.scorebake.model.Initiative;
import no.scorebake.model.InitiativeStatus;
import no.scorebake.testkit.TestProject;
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
        InitiativeProgress s = engine.initiative("A", itil, FEB);
        assertNull(s.complete());
        assertNull(s.status());
        assertNull(s.latest());
        assertNull(s.reported());
    }

    @Test
    void theRowOfTheMonthItself() {
        InitiativeProgress s = engine.initiative("A", itil, MAR);
        assertEquals(0, new BigDecimal("20").compareTo(s.complete()));
        assertEquals(InitiativeStatus.ON_TRACK, s.status());
        assertEquals(MAR, s.reported());
        assertEquals("startet", s.latest().comment());
    }

    @Test
    void anEmptyValueKeepsTheEarlierPercent() {
        // June: value empty, status at-risk -> 20 % from March, status at-risk
        InitiativeProgress s = engine.initiative("A", itil, JUN);
        assertEquals(0, new BigDecimal("20").compareTo(s.complete()));
        assertEquals(InitiativeStatus.AT_RISK, s.status());
        assertEquals(JUN, s.reported());
        assertEquals("forsinket", s.latest().comment());
    }

    @Test
    void anEmptyStatusKeepsTheEarlierStatusAndALaterRowIsIgnored() {
        // August: latest row at or before is July (35 %, no status) -> 35, at-risk from June;
        // September's 80 / late is after August and is ignored
        InitiativeProgress s = engine.initiative("A", itil, AUG);
        assertEquals(0, new BigDecimal("35").compareTo(s.complete()));
        assertEquals(InitiativeStatus.AT_RISK, s.status());
        assertEquals(YearMonth.of(2005, 7), s.reported());
    }

    @Test
    void laterMonthsSeeTheLaterRow() {
        InitiativeProgress s = engine.initiative("A", itil, SEP);
        assertEquals(0, new BigDecimal("80").compareTo(s.complete()));
        assertEquals(InitiativeStatus.LATE, s.status());
        InitiativeProgress dec = engine.initiative("A", itil, YearMonth.of(2005, 12));
        assertEquals(0, new BigDecimal("80").compareTo(dec.complete()));
        assertEquals(SEP, dec.reported());
    }

    @Test
    void aPercentWithoutAnyStatus() {
        InitiativeProgress s = engine.initiative("A", cmdb, AUG);
        assertEquals(0, new BigDecimal("50").compareTo(s.complete()));
        assertNull(s.status());
    }

    @Test
    void theScorecardCarriesItsInitiatives() {
        ScorecardStatus card = engine.scorecard("A", AUG);
        assertEquals(List.of("itil", "cmdb"), card.initiatives().stream().map(i -> i.initiative().id()).toList());
        InitiativeProgress s = card.initiatives().get(0);
        assertEquals(0, new BigDecimal("35").compareTo(s.complete()));
        assertEquals(InitiativeStatus.AT_RISK, s.status());
    }
}
