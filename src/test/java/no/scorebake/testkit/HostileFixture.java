package no.scorebake.testkit;

/**
 * A small project that makes the pages hard to get right: markup and script in every text,
 * very long names, æøå, every status (green, yellow, red, grey, planned, missing), a formula
 * and a roll-up KPI, initiatives in every state, a note and an editorial page with hostile HTML.
 */
public final class HostileFixture {

    public static final String EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    public static final String LONG = "Svært langt navn på en kritisk suksessfaktor som brytes over mange linjer i både tabeller og kart æøå ÆØÅ";

    private HostileFixture() {
    }

    public static void write(TestProject p) {
        p.file("model/site.yaml", "title: \"Portal " + EVIL + "\"\nperiod: 2005-08\n")
                .file("model/scorecards/A.yaml", """
                        vision: "<svg onload=alert(3)> Til å stole på"
                        perspectives:
                          - { id: p, name: "Kunde <b onmouseover=alert(4)>" }
                          - { id: q, name: "Medarbeidere æøå" }
                        objectives:
                          - id: o
                            name: "Mål <a href='javascript:alert(5)'>x</a>"
                            perspective: p
                            description: "<iframe src=javascript:alert(6)>"
                            factors:
                              - { id: f, name: "F <style>body{background:red}</style>", kpis: [k, y, r] }
                              - { id: g, name: "%s", kpis: [pl, mi, share] }
                          - id: o2
                            name: "Trivsel på arbeidsplassen"
                            perspective: q
                            drives: [o]
                            kpis: [sick]
                        kpis:
                          - { id: k, name: "K <script>alert(8)</script>", definition: "javascript:alert(9)", owner: "<img src=x onerror=alert(10)>", unit: count, target: 10 }
                          - { id: y, name: "Gul indikator", unit: percent, target: 100 }
                          - { id: r, name: "Rød indikator med \\"anførselstegn\\" & <tegn>", unit: nok, target: 1000, direction: lower }
                          - { id: pl, name: "Planlagt måling", unit: count, target: 5, state: planned }
                          - { id: mi, name: "Mangler tall", unit: hours, target: 40 }
                          - { id: share, name: "Andel løste saker", unit: percent, formula: "100 * {y} / {k}" }
                          - { id: sick, name: "Sykefravær", unit: percent, direction: lower, rollup: average, target: 5 }
                        initiatives:
                          - { id: i, name: "I <script>alert(11)</script>", owner: "Leder æøå", supports: [o], start: 2005-01, end: 2005-12 }
                          - { id: j, name: "Forsinket tiltak", supports: [f], start: 2005-01, end: 2005-06 }
                          - { id: d, name: "Ferdig tiltak", supports: [o2] }
                        """.formatted(LONG))
                .file("model/scorecards/A1.yaml", """
                        perspectives: [ { id: q, name: Medarbeidere } ]
                        objectives: [ { id: o, name: "Trivsel <em>A1</em>", perspective: q, kpis: [sick] } ]
                        kpis: [ { id: sick, name: "Sykefravær", unit: percent, direction: lower, target: 5 } ]
                        """)
                .file("model/data/2005-07.csv", """
                        scorecard;kpi;period;value;comment
                        A;k;2005-07;12;
                        A;y;2005-07;80;
                        A;r;2005-07;900;
                        A;mi;2005-07;41;
                        A1;sick;2005-07;4,5;
                        """)
                .file("model/data/2005-08.csv", "scorecard;kpi;initiative;period;value;status;comment\n"
                        + "A;k;;2005-08;11;;\"" + EVIL.replace("\"", "\"\"") + "\"\n"
                        + "A;y;;2005-08;92;;Litt under målet, men på vei opp æøå\n"
                        + "A;r;;2005-08;1 500;;\n"
                        + "A;pl;;2005-08;3;;\n"
                        + "A1;sick;;2005-08;6,2;;Influensa\n"
                        + "A;;i;2005-08;40;on-track;\n"
                        + "A;;j;2005-08;20;late;\"Forsinket <b>kraftig</b>\"\n"
                        + "A;;d;2005-08;100;done;\n")
                .file("content/comments/2005-08/A/k.md", """
                        # Note

                        <script>alert(12)</script>
                        <img src=x onerror=alert(13)>
                        [click](javascript:alert(14)) [les mer](../../pages/evil.html)
                        """)
                .file("content/evil.md", """
                        title=Evil <script>alert(16)</script>
                        type=page
                        status=published
                        ~~~~~~

                        <svg onload=alert(17)></svg><div style="background:url(javascript:alert(18))">x</div>

                        Tekst med æøå og en [lenke til forsiden](../index.html).
                        """)
                .file("model/surveys/evil.yaml", """
                        name: "Undersøkelse <script>alert(19)</script>"
                        scale: { min: 1, max: 5, favourable: 4 }
                        min-group: 5
                        themes:
                          - id: t
                            name: "Tema <img src=x onerror=alert(20)>"
                            questions:
                              - { id: q1, text: "Spørsmål <a href='javascript:alert(21)'>æøå</a>" }
                              - { id: q2, text: "%s" }
                        """.formatted(LONG))
                .file("model/surveys/evil/2005-06.csv", "unit;q1;q2\n" + """
                        A1;5;4
                        A1;5;4
                        A1;5;4
                        A1;2;3
                        A1;2;3
                        A1;2;3
                        A2;4;4
                        A2;4;4
                        A2;1;5
                        A2;1;5
                        A2;1;5
                        """);
    }
}
