package no.scorebake.testkit;

import java.nio.file.Path;
import no.scorebake.status.StatusEngine;
import no.scorebake.testkit.TestProject;

/**
 * A department A with three sections A1–A3 for July and August 2005 (site thresholds: green
 * from 100 %, yellow from 90 %). The sections share {@code sick} (lower is better, target 5)
 * and {@code sat} (higher is better, target 80); A2 and A3 share {@code q} (quarterly, higher,
 * target 10); only A1 has {@code own}. Hand-worked statuses:
 *
 * <pre>
 *        sick July → August             sat July → August        q 2005-Q2
 * A1     4 (120 %) green → 6 (80 %) red  80 (100 %) → 80 green     –
 * A2     6 (80 %) red → 5 (100 %) green  90 (112.5 %) → 72 (90 %)   12 (120 %) green
 * A3     5 (100 %) green → none, missing none → 88 (110 %) green    12 (120 %) green
 * </pre>
 */
public final class CompareFixture {

    private CompareFixture() {
    }

    public static StatusEngine engine(Path dir) {
        return project(dir).engine();
    }

    public static TestProject project(Path dir) {
        String kpis = """
                - { id: sick, name: Sykefravær, unit: percent, direction: lower, target: 5 }
                - { id: sat, name: Tilfredshet, unit: score, direction: higher, target: 80 }
                """;
        String quarterly = "- { id: q, name: Kvartal, unit: count, frequency: quarterly, target: 10 }\n";
        return new TestProject(dir)
                .file("model/organisation.yaml", """
                        units:
                          - id: A
                            name: Avdeling A
                            units:
                              - { id: A1, name: Seksjon A1 }
                              - { id: A2, name: Seksjon A2 }
                              - { id: A3, name: Seksjon A3 }
                        """)
                .scorecard("A", "- { id: total, name: Totalt, unit: count, target: 1 }\n", "total")
                .scorecard("A1", kpis + "- { id: own, name: Egen, unit: count, target: 1 }\n", "sick", "sat", "own")
                .scorecard("A2", kpis + quarterly, "sick", "sat", "q")
                .scorecard("A3", kpis + quarterly, "sick", "sat", "q")
                .file("model/data/d.csv", """
                        scorecard;kpi;period;value
                        A1;sick;2005-07;4
                        A1;sick;2005-08;6
                        A2;sick;2005-07;6
                        A2;sick;2005-08;5
                        A3;sick;2005-07;5
                        A1;sat;2005-07;80
                        A1;sat;2005-08;80
                        A2;sat;2005-07;90
                        A2;sat;2005-08;72
                        A3;sat;2005-08;88
                        A2;q;2005-Q2;12
                        A3;q;2005-Q2;12
                        A1;own;2005-08;1
                        """);
    }
}
