package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import no.scorebake.testkit.Expect;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken model file per rule, checked through {@code scorebake check}: exit 2, the exact
 * {@code path:line[:col]} and the message's key phrase, and no stack trace.
 */
class ModelValidationTest {

    @TempDir
    Path dir;

    /** A scorecard whose KPI 'k' has its first three keys on lines 3-5; the key under test goes on line 6. */
    static String kpiCard(String line6) {
        return """
                perspectives: [ { id: p, name: P } ]
                kpis:
                  - id: k
                    name: K
                    unit: count
                """ + line6.indent(4);
    }

    static Arguments rule(String name, UnaryOperator<TestProject> setup, String where, String phrase) {
        return Arguments.of(name, setup, where, phrase);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // YAML syntax
                rule("flow mapping not closed", p -> p.file("model/scorecards/A.yaml", """
                        perspectives:
                          - { id: p, name: P
                        kpis: []
                        """), "model/scorecards/A.yaml:3:5", "YAML syntax: expected ',' or '}'"),
                rule("tab indentation", p -> p.file("model/site.yaml", "title: Test\n\tperiod: 2005-08\n"),
                        "model/site.yaml:2:1", "YAML syntax: found character '\\t(TAB)' that cannot start any token"),
                rule("quote never closed", p -> p.file("model/organisation.yaml", "units:\n  - id: A\n    name: \"Avdeling A\n"),
                        "model/organisation.yaml:4:1", "YAML syntax: found unexpected end of stream (while scanning a quoted scalar from line 3)"),
                // duplicate keys
                rule("duplicate key in site.yaml", p -> p.file("model/site.yaml", "title: Test\nperiod: 2005-08\ntitle: Igjen\n"),
                        "model/site.yaml:3:1", "key 'title' appears twice in one mapping (first at line 1)"),
                rule("duplicate key in a KPI", p -> p.file("model/scorecards/A.yaml", kpiCard("unit: percent")),
                        "model/scorecards/A.yaml:6:5", "key 'unit' appears twice in one mapping (first at line 5)"),
                // unknown keys, with the known ones listed
                rule("unknown key in site.yaml", p -> p.file("model/site.yaml", "title: Test\nperiod: 2005-08\ncolour: red\n"),
                        "model/site.yaml:3:1", "unknown key 'colour' in site.yaml — known: accessibility-statement, base-url, language, period, reports, theme, theme-params, thresholds, title"),
                rule("unknown kind of report in site.yaml", p -> p.file("model/site.yaml", "title: Test\nperiod: 2005-08\nreports: html\n"),
                        "model/site.yaml:3:10", "reports 'html' is not a kind of report; write 'reports: pdf' for each unit's monthly"
                                + " report as PDF, or 'reports: none' (the default)"),
                rule("unknown key in a KPI", p -> p.file("model/scorecards/A.yaml", kpiCard("tagret: 5")),
                        "model/scorecards/A.yaml:6:5", "unknown key 'tagret' in KPI 'k' — known: aggregation, definition, direction, "
                                + "formula, frequency, id, name, owner, rollup, state, target, targets, thresholds, unit, weight"),
                rule("unknown key in a unit", p -> p.file("model/organisation.yaml", "units:\n  - id: A\n    name: A\n    leder: X\n"),
                        "model/organisation.yaml:4:5", "unknown key 'leder' in unit 'A' — known: coordinator, id, leader, name, units"),
                // required fields
                rule("site without title", p -> p.file("model/site.yaml", "period: 2005-08\n"),
                        "model/site.yaml:1:1", "site.yaml has no 'title'; it is required"),
                rule("site with empty title", p -> p.file("model/site.yaml", "title:\nperiod: 2005-08\n"),
                        "model/site.yaml:1:7", "'title' of site.yaml is empty"),
                rule("unit without name", p -> p.file("model/organisation.yaml", "units:\n  - id: A\n    units:\n      - id: A1\n"),
                        "model/organisation.yaml:4:9", "unit 'A1' has no 'name'; it is required"),
                rule("KPI without unit", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        kpis:
                          - id: k
                            name: K
                        """), "model/scorecards/A.yaml:3:5", "KPI 'k' has no 'unit' — valid: count, percent, hours, nok, days, score"),
                rule("KPI without name", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        kpis:
                          - { id: k, unit: count }
                        """), "model/scorecards/A.yaml:3:5", "KPI 'k' has no 'name'; it is required"),
                rule("scorecard without perspectives", p -> p.file("model/scorecards/A.yaml", """
                        vision: Til å stole på
                        kpis:
                          - { id: k, name: K, unit: count }
                        """), "model/scorecards/A.yaml:1:1", "scorecard of unit 'A' has no 'perspectives'"),
                rule("organisation without units", p -> p.file("model/organisation.yaml", "# tomt\n"),
                        "model/organisation.yaml:1:1", "organisation.yaml has no 'units'"),
                // invalid ids
                rule("unit id ../x", p -> p.file("model/organisation.yaml", "units:\n  - id: ../x\n    name: X\n"),
                        "model/organisation.yaml:2:9", "'../x' is not a valid id: an id is 1-64 letters"),
                rule("unit id with a space", p -> p.file("model/organisation.yaml", "units:\n  - id: a b\n    name: X\n"),
                        "model/organisation.yaml:2:9", "'a b' is not a valid id"),
                rule("unit id of 65 characters", p -> p.file("model/organisation.yaml", "units:\n  - id: " + "a".repeat(65) + "\n    name: X\n"),
                        "model/organisation.yaml:2:9", "'" + "a".repeat(65) + "' is not a valid id"),
                rule("KPI id starting with '-'", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        kpis:
                          - { id: "-k", name: K, unit: count }
                        """), "model/scorecards/A.yaml:3:11", "'-k' is not a valid id"),
                rule("invalid id in a KPI list", p -> p.scorecard("A", "- { id: k, name: K, unit: count }", "k", "k/x/y"),
                        "model/scorecards/A.yaml:10:21", "'k/x/y' in 'kpis' is not a valid reference (kpi or unit/kpi)"),
                // the unit tree and scorecard files
                rule("duplicate unit id in the tree", p -> p.file("model/organisation.yaml", TestProject.ORGANISATION + """
                          - id: B
                            name: Avdeling B
                            units:
                              - id: A1
                                name: Også A1
                        """), "model/organisation.yaml:13:13", "unit id 'A1' is used twice (also at model/organisation.yaml:5:13)"),
                rule("scorecard for an unknown unit", p -> p.scorecard("B", "- { id: k, name: K, unit: count }", "k"),
                        "model/scorecards/B.yaml:1", "scorecard for unknown unit 'B'; the file name must be a unit id of organisation.yaml — known: A, A1, A2"),
                rule("scorecard named .yml", p -> p.file("model/scorecards/A.yml", "perspectives: []\n"),
                        "model/scorecards/A.yml:1", "scorecard files end in .yaml; rename it to A.yaml"),
                // references inside a scorecard
                rule("unknown perspective", p -> p.file("model/scorecards/A.yaml", """
                        perspectives:
                          - { id: customer, name: Kunde/bruker }
                          - { id: process, name: Arbeidsprosesser }
                          - { id: people, name: Medarbeidere }
                        objectives:
                          - id: o
                            name: Mål
                            perspective: kunder
                        """), "model/scorecards/A.yaml:8:18", "unknown perspective 'kunder' — known: customer, people, process"),
                rule("drives an unknown objective", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        objectives:
                          - { id: delivery, name: Levering, perspective: p, drives: [satisfaction] }
                          - { id: quality, name: Kvalitet, perspective: p }
                        """), "model/scorecards/A.yaml:3:62", "objective 'delivery' drives unknown objective 'satisfaction' — known: delivery, quality"),
                rule("objective drives itself", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        objectives:
                          - { id: o, name: O, perspective: p, drives: [o] }
                        """), "model/scorecards/A.yaml:3:48", "objective 'o' drives itself"),
                rule("KPI reference to an unknown KPI", p -> p.scorecard("A", "- { id: faults, name: Feil, unit: count }", "fault"),
                        "model/scorecards/A.yaml:10:16", "unknown KPI 'fault' — known: faults"),
                rule("KPI reference to an unknown unit", p -> p.scorecard("A", "- { id: k, name: K, unit: count }", "k", "B/k"),
                        "model/scorecards/A.yaml:10:21", "'B/k' names unknown unit 'B' — known: A, A1, A2"),
                rule("KPI reference to a unit without scorecard", p -> p.scorecard("A", "- { id: k, name: K, unit: count }", "A2/k"),
                        "model/scorecards/A.yaml:10:16", "'A2/k' names unit 'A2', which has no scorecard"),
                rule("KPI reference to an unknown KPI of another unit", p -> p
                                .scorecard("A", "- { id: k, name: K, unit: count }", "A1/uptime")
                                .scorecard("A1", "- { id: faults, name: Feil, unit: count }", "faults"),
                        "model/scorecards/A.yaml:10:16", "unknown KPI 'uptime' in scorecard A1 — known: faults"),
                rule("initiative supports an unknown id", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        objectives:
                          - { id: delivery, name: Levering, perspective: p, factors: [ { id: agreements, name: Avtaler } ] }
                        initiatives:
                          - id: itil
                            name: ITIL
                            supports: [delivery, agreement]
                        """), "model/scorecards/A.yaml:7:26", "initiative 'itil' supports unknown objective or factor 'agreement' — known: agreements, delivery"),
                rule("duplicate KPI id", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        kpis:
                          - { id: k, name: K, unit: count }
                          - { id: k, name: K igjen, unit: count }
                        """), "model/scorecards/A.yaml:4:11", "KPI id 'k' is used twice in this scorecard (also at model/scorecards/A.yaml:3:11)"),
                rule("duplicate perspective id", p -> p.file("model/scorecards/A.yaml", "perspectives:\n  - { id: p, name: P }\n  - { id: p, name: Q }\n"),
                        "model/scorecards/A.yaml:3:11", "perspective id 'p' is used twice (also at model/scorecards/A.yaml:2:11)"),
                rule("objective and factor with the same id", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        objectives:
                          - id: delivery
                            name: Levering
                            perspective: p
                            factors:
                              - { id: delivery, name: Leveranser }
                        """), "model/scorecards/A.yaml:7:15",
                        "factor id 'delivery' is already used by an objective or factor at model/scorecards/A.yaml:3:9"),
                rule("two factors with the same id", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        objectives:
                          - { id: o1, name: O1, perspective: p, factors: [ { id: f, name: F } ] }
                          - { id: o2, name: O2, perspective: p, factors: [ { id: f, name: F } ] }
                        """), "model/scorecards/A.yaml:4:58", "factor id 'f' is already used by an objective or factor at model/scorecards/A.yaml:3:58"),
                // words with a fixed set of valid values
                rule("unknown unit word", p -> p.file("model/scorecards/A.yaml", kpiCard("").replace("unit: count", "unit: pcs")),
                        "model/scorecards/A.yaml:5:11", "unknown unit 'pcs' in KPI 'k' — valid: count, percent, hours, nok, days, score"),
                rule("unknown frequency", p -> p.file("model/scorecards/A.yaml", kpiCard("frequency: weekly")),
                        "model/scorecards/A.yaml:6:16", "unknown frequency 'weekly' in KPI 'k' — valid: monthly, quarterly, half-yearly, yearly"),
                rule("unknown direction", p -> p.file("model/scorecards/A.yaml", kpiCard("direction: up")),
                        "model/scorecards/A.yaml:6:16", "unknown direction 'up' in KPI 'k' — valid: higher, lower"),
                rule("unknown aggregation", p -> p.file("model/scorecards/A.yaml", kpiCard("aggregation: mean")),
                        "model/scorecards/A.yaml:6:18", "unknown aggregation 'mean' in KPI 'k' — valid: sum, average, last"),
                rule("unknown state", p -> p.file("model/scorecards/A.yaml", kpiCard("state: retired")),
                        "model/scorecards/A.yaml:6:12", "unknown state 'retired' in KPI 'k' — valid: active, planned"),
                rule("unknown rollup", p -> p.file("model/scorecards/A.yaml", kpiCard("rollup: max")),
                        "model/scorecards/A.yaml:6:13", "unknown rollup 'max' in KPI 'k' — valid: sum, average"),
                rule("rollup last", p -> p.file("model/scorecards/A.yaml", kpiCard("rollup: last")),
                        "model/scorecards/A.yaml:6:13", "unknown rollup 'last' in KPI 'k' — valid: sum, average"),
                rule("unknown language", p -> p.file("model/site.yaml", "title: Test\nlanguage: de\n"),
                        "model/site.yaml:2:11", "unknown language 'de' — known: nb, nn, en"),
                rule("accessibility statement with another scheme", p -> p.file("model/site.yaml", "title: Test\naccessibility-statement: javascript:alert(1)\n"),
                        "model/site.yaml:2:26", "accessibility-statement 'javascript:alert(1)' is a javascript: address; give an http(s) address"
                                + " or a path relative to the site's top, such as pages/tilgjengelighet.html"),
                rule("accessibility statement from the server's top", p -> p.file("model/site.yaml", "title: Test\naccessibility-statement: /uu.html\n"),
                        "model/site.yaml:2:26", "accessibility-statement '/uu.html' is a path from the server's top, which does not work from a file share"),
                rule("accessibility statement with a space", p -> p.file("model/site.yaml", "title: Test\naccessibility-statement: \"pages/uu side.html\"\n"),
                        "model/site.yaml:2:26", "accessibility-statement 'pages/uu side.html' is not an address (it is empty, or holds a space"),
                rule("accessibility statement without a host", p -> p.file("model/site.yaml", "title: Test\naccessibility-statement: \"https:uu.html\"\n"),
                        "model/site.yaml:2:26", "accessibility-statement 'https:uu.html' is an address without a host"),
                rule("theme-params not a mapping", p -> p.file("model/site.yaml", "title: Test\ntheme-params: [a, b]\n"),
                        "model/site.yaml:2:15", "theme-params of site.yaml must be a mapping of key: value lines"),
                rule("theme-params value a mapping", p -> p.file("model/site.yaml", "title: Test\ntheme-params:\n  phone: { home: 1 }\n"),
                        "model/site.yaml:3:10", "theme parameter 'phone' must be a single value (text), not a mapping"),
                rule("theme-params key with a hyphen", p -> p.file("model/site.yaml", "title: Test\ntheme-params:\n  org-name: X\n"),
                        "model/site.yaml:3:3", "theme parameter 'org-name' is not a name a template can read as ${themeParams.org-name}"),
                rule("theme-params value empty", p -> p.file("model/site.yaml", "title: Test\ntheme-params:\n  phone:\n"),
                        "model/site.yaml:3:9", "theme parameter 'phone' is empty; give it a value or remove the line"),
                rule("site period not a month", p -> p.file("model/site.yaml", "title: Test\nperiod: 2005-Q3\n"),
                        "model/site.yaml:2:9", "period '2005-Q3' is not a month; write it as 2005-08"),
                // formulas
                rule("formula syntax, quoted", p -> p.file("model/scorecards/A.yaml", kpiCard("formula: \"100 * {a} / / 2\"")),
                        "model/scorecards/A.yaml:6:27", "unexpected '/' in formula; expected a number, {kpi} or '('"),
                rule("formula syntax, plain", p -> p.file("model/scorecards/A.yaml", kpiCard("formula: 100 * ({a} + 2")),
                        "model/scorecards/A.yaml:6:28", "'(' at character 7 is never closed"),
                rule("formula syntax, bad reference", p -> p.file("model/scorecards/A.yaml", kpiCard("formula: \"{a} + {b c}\"")),
                        "model/scorecards/A.yaml:6:21", "'{b c}' is not a KPI reference"),
                rule("formula syntax, folded block", p -> p.file("model/scorecards/A.yaml", kpiCard("formula: >-\n  100 * {a}\n  % 2")),
                        "model/scorecards/A.yaml:6:14", "unexpected '%' in formula; expected an operator + - * / or the end (at character 11 of the formula)"),
                rule("formula refers to an unknown KPI", p -> p.file("model/scorecards/A.yaml", kpiCard("formula: \"{closed} / {total}\"") + """
                          - { id: total, name: T, unit: count }
                        """), "model/scorecards/A.yaml:6:14", "formula of KPI 'k': unknown KPI 'closed' — known: k, total"),
                rule("formula refers to an unknown unit", p -> p.file("model/scorecards/A.yaml", kpiCard("formula: \"{B/x}\"")),
                        "model/scorecards/A.yaml:6:14", "formula of KPI 'k': 'B/x' names unknown unit 'B' — known: A, A1, A2"),
                rule("formula refers to no KPI", p -> p.file("model/scorecards/A.yaml", kpiCard("formula: \"2 * 3\"")),
                        "model/scorecards/A.yaml:6:14", "formula of KPI 'k' refers to no KPI"),
                rule("formula and rollup both", p -> p.file("model/scorecards/A.yaml", kpiCard("formula: \"{k2}\"\nrollup: sum") + """
                          - { id: k2, name: K2, unit: count }
                        """).scorecard("A1", "- { id: k, name: K, unit: count }"),
                        "model/scorecards/A.yaml:7:13", "KPI 'k' has both a formula and a rollup"),
                rule("formula cycle within a unit", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        kpis:
                          - { id: a, name: A, unit: count, formula: "{b} + 1" }
                          - { id: b, name: B, unit: count, formula: "{c} * 2" }
                          - { id: c, name: C, unit: count, formula: "{a}" }
                        """), "model/scorecards/A.yaml:3:11", "KPIs compute each other in a cycle: A/a -> A/b -> A/c -> A/a"),
                rule("formula refers to itself", p -> p.file("model/scorecards/A.yaml", kpiCard("formula: \"{k} + 1\"")),
                        "model/scorecards/A.yaml:3:9", "KPIs compute each other in a cycle: A/k -> A/k"),
                rule("formula cycle across units", p -> p
                                .scorecard("A", "- { id: x, name: X, unit: count, formula: \"{A1/y}\" }")
                                .scorecard("A1", "- { id: y, name: Y, unit: count, formula: \"{A/x} * 2\" }"),
                        "model/scorecards/A.yaml:12:11", "KPIs compute each other in a cycle: A/x -> A1/y -> A/x"),
                rule("formula and roll-up cycle", p -> p
                                .scorecard("A", "- { id: s, name: S, unit: count, rollup: sum }")
                                .scorecard("A1", "- { id: s, name: S, unit: count, formula: \"{A/s} / 2\" }"),
                        "model/scorecards/A.yaml:12:11", "KPIs compute each other in a cycle: A/s -> A1/s -> A/s"),
                // roll-ups
                rule("roll-up in a unit without sub-units", p -> p.scorecard("A1", "- { id: sick, name: Syk, unit: percent, rollup: average }"),
                        "model/scorecards/A1.yaml:12:11", "KPI 'sick' rolls up from sub-units, but unit A1 has none"),
                rule("roll-up where no sub-unit has the KPI", p -> p
                                .scorecard("A", "- { id: sick, name: Syk, unit: percent, rollup: average }")
                                .scorecard("A1", "- { id: sickness, name: Syk, unit: percent }"),
                        "model/scorecards/A.yaml:12:11", "KPI 'sick' rolls up from sub-units, but no sub-unit's scorecard (A1, A2) has a KPI 'sick'"),
                // thresholds and weights
                rule("inverted thresholds in site.yaml", p -> p.file("model/site.yaml", "title: Test\nthresholds: { green: 90, yellow: 100 }\n"),
                        "model/site.yaml:2:22", "thresholds of site.yaml are inverted: green 90 is below yellow 100; green must be at least yellow"),
                rule("inverted thresholds in a KPI", p -> p.file("model/scorecards/A.yaml", kpiCard("thresholds:\n  green: 95\n  yellow: 100")),
                        "model/scorecards/A.yaml:7:14", "thresholds of KPI 'k' are inverted: green 95 is below yellow 100"),
                rule("threshold missing yellow", p -> p.file("model/site.yaml", "title: Test\nthresholds: { green: 100 }\n"),
                        "model/site.yaml:2:13", "thresholds of site.yaml has no 'yellow'"),
                rule("negative yellow threshold", p -> p.file("model/site.yaml", "title: Test\nthresholds: { green: 100, yellow: -5 }\n"),
                        "model/site.yaml:2:35", "thresholds of site.yaml: yellow -5 is below 0"),
                rule("weight 0", p -> p.file("model/scorecards/A.yaml", kpiCard("weight: 0")),
                        "model/scorecards/A.yaml:6:13", "weight of KPI 'k' is 0; a weight must be greater than 0"),
                rule("negative weight", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        objectives:
                          - { id: o, name: O, perspective: p, weight: -1 }
                        """), "model/scorecards/A.yaml:3:47", "weight of objective 'o' is -1; a weight must be greater than 0"),
                rule("weight not a number", p -> p.file("model/scorecards/A.yaml", kpiCard("weight: tung")),
                        "model/scorecards/A.yaml:6:13", "'weight' of KPI 'k' is 'tung'; expected a number"),
                // targets
                rule("target not a number", p -> p.file("model/scorecards/A.yaml", kpiCard("target: høy")),
                        "model/scorecards/A.yaml:6:13", "'target' of KPI 'k' is 'høy'; expected a number"),
                rule("target key not a period", p -> p.file("model/scorecards/A.yaml", kpiCard("targets:\n  2005: 150\n  desember: 120")),
                        "model/scorecards/A.yaml:8:7", "target key 'desember' of KPI 'k' is not a period; write a year (2005) or a period (2005-08, 2005-Q3, 2005-H2 or 2005)"),
                rule("target key month 13", p -> p.file("model/scorecards/A.yaml", kpiCard("targets:\n  2005-13: 120")),
                        "model/scorecards/A.yaml:7:7", "target key '2005-13' of KPI 'k' is not a period"),
                rule("target key not due for a quarterly KPI", p -> p.file("model/scorecards/A.yaml",
                                kpiCard("frequency: quarterly\ntargets:\n  2005-Q3: 5\n  2005-08: 5")),
                        "model/scorecards/A.yaml:9:7", "target key '2005-08' of KPI 'k': a quarterly KPI is not due in 2005-08; its periods end in "
                                + "March, June, September and December (e.g. 2005-Q3 or 2005-09)"),
                rule("target key of another frequency", p -> p.file("model/scorecards/A.yaml", kpiCard("frequency: quarterly\ntargets:\n  2005-H2: 5")),
                        "model/scorecards/A.yaml:8:7", "target key '2005-H2' of KPI 'k': period 2005-H2 is a half-year but the KPI is quarterly; write 2005-Q4 or 2005-12"),
                rule("target value not a number", p -> p.file("model/scorecards/A.yaml", kpiCard("targets:\n  2005: mye")),
                        "model/scorecards/A.yaml:7:13", "target for 2005 of KPI 'k' is 'mye'; expected a number"),
                // initiatives
                rule("initiative ends before it starts", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        initiatives:
                          - id: itil
                            name: ITIL
                            start: 2006-06
                            end: 2005-01
                        """), "model/scorecards/A.yaml:6:10", "initiative 'itil' ends (2005-01) before it starts (2006-06)"),
                rule("initiative start not a month", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        initiatives:
                          - { id: itil, name: ITIL, start: 2005-Q1 }
                        """), "model/scorecards/A.yaml:3:36", "start of initiative 'itil' is '2005-Q1'; write a month like 2005-01"),
                rule("duplicate initiative id", p -> p.file("model/scorecards/A.yaml", """
                        perspectives: [ { id: p, name: P } ]
                        initiatives:
                          - { id: itil, name: ITIL }
                          - { id: itil, name: ITIL 2 }
                        """), "model/scorecards/A.yaml:4:11", "initiative id 'itil' is used twice in this scorecard (also at model/scorecards/A.yaml:3:11)"),
                // kinds of values
                rule("list where a mapping belongs", p -> p.file("model/site.yaml", "- title: Test\n"),
                        "model/site.yaml:1:1", "site.yaml must be a mapping of key: value lines, not a list"),
                rule("value where a list belongs", p -> p.file("model/scorecards/A.yaml", "perspectives: customer\n"),
                        "model/scorecards/A.yaml:1:15", "perspectives must be a list"),
                rule("list where a single value belongs", p -> p.file("model/site.yaml", "title: [a, b]\n"),
                        "model/site.yaml:1:8", "'title' of site.yaml must be a single value, not a list"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("rules")
    void eachRuleIsReportedWhereItIsBroken(String name, UnaryOperator<TestProject> setup, String where, String phrase) {
        TestProject project = setup.apply(new TestProject(dir));
        Expect.error(project, where, phrase);
    }

    @Test
    void theProblemLineIsTheWholeMessage() {
        TestProject project = new TestProject(dir).file("model/scorecards/A.yaml", """
                perspectives:
                  - { id: customer, name: Kunde/bruker }
                  - { id: process, name: Arbeidsprosesser }
                  - { id: people, name: Medarbeidere }
                objectives:
                  - { id: o, name: Mål, perspective: kunder }
                """);
        TestProject.Run run = Expect.error(project, "model/scorecards/A.yaml:6:38", "unknown perspective");
        assertEquals(java.util.List.of("model/scorecards/A.yaml:6:38: unknown perspective 'kunder' — known: customer, people, process"),
                Expect.problemLines(run));
        assertTrue(run.err().endsWith("1 error; nothing was written\n"), run.err());
        assertEquals("", run.out(), "check prints no summary for a broken project");
    }

    @Test
    void aClashingObjectiveIsStillCheckedForItsOtherProblems() {
        TestProject project = new TestProject(dir).file("model/scorecards/A.yaml", """
                perspectives: [ { id: p, name: P } ]
                objectives:
                  - id: o
                    name: O
                    perspective: q
                    drives: [nowhere]
                    factors:
                      - { id: o, name: F, kpis: [ghost] }
                """);
        TestProject.Run run = Expect.error(project, "model/scorecards/A.yaml:8:15", "factor id 'o' is already used");
        Expect.line(run, "model/scorecards/A.yaml:5:18", "unknown perspective 'q' — known: p");
        Expect.line(run, "model/scorecards/A.yaml:6:14", "objective 'o' drives unknown objective 'nowhere' — known: o");
        Expect.line(run, "model/scorecards/A.yaml:8:34", "unknown KPI 'ghost' — none are defined");
        assertEquals(4, Expect.problemLines(run).size(), run.err());
    }

    @ParameterizedTest(name = "id \"{0}\" is valid")
    @CsvSource({"A", "800", "a-b_c", "x1", "Z"})
    void validIds(String id) {
        TestProject project = new TestProject(dir).file("model/organisation.yaml", "units:\n  - id: \"" + id + "\"\n    name: X\n");
        assertTrue(project.loadResult().problems().errors().isEmpty(), () -> project.loadResult().problems().errors().toString());
    }

    @Test
    void idOf64CharactersIsValid() {
        String id = "a".repeat(64);
        TestProject project = new TestProject(dir).file("model/organisation.yaml", "units:\n  - id: " + id + "\n    name: X\n");
        assertTrue(project.loadResult().problems().errors().isEmpty(), () -> project.loadResult().problems().errors().toString());
    }

    @Test
    void idsAreCaseSensitive() {
        TestProject project = new TestProject(dir).scorecard("A", "- { id: Faults, name: Feil, unit: count }", "faults");
        Expect.error(project, "model/scorecards/A.yaml:10:16", "unknown KPI 'faults' — known: Faults");
    }
}
