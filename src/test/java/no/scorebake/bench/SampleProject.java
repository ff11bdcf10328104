package no.scorebake.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes a synthetic scorebake project of any size, shaped like a Norwegian municipality: a
 * root ("Bergen kommune"), service areas (Helse og omsorg, Skole, Sosial ...), departments under
 * them and units (schools, nursing homes, NAV offices ...) under those, until there are N units,
 * each with a scorecard of K KPIs and M months of data uploads.
 *
 * <p>Every KPI kind of the model format appears: monthly, quarterly, half-yearly and yearly
 * KPIs, higher and lower is better, every unit (count, percent, hours, nok, days, score), every
 * aggregation, {@code target}, {@code targets} by year and by period, a target of 0, KPI
 * thresholds and weights, planned KPIs (one with a few values), formula KPIs (within a
 * scorecard and across units), roll-ups (sum and average, also of roll-ups and of formula
 * inputs), factor references to a sub-unit's KPI ({@code unit/kpi}), KPIs under no objective,
 * initiatives with progress rows; the data files are semicolon separated with decimal commas,
 * thousands with spaces, a trailing {@code %} here and there, quarters written as {@code 2024-Q2}
 * or as their last month, columns in four orders (one with a byte-order mark), comments on some
 * rows (some quoted because they hold a semicolon), a few empty values, omitted rows, target
 * overrides and owners' forecasts (in the files whose header has the column). A few long notes
 * go under {@code content/comments/}, and two editorial pages under {@code content/}. Survey files are not written: the loader does not read them yet.
 *
 * <p>The same arguments always give byte-identical files: everything comes from
 * {@link Random}s seeded from {@code --seed} and the unit's place in the tree, and is written in
 * list order (no hash ordering). The data of month {@code i} depends only on months up to
 * {@code i}, so {@code --months 37 --data-from 37} writes exactly the 37th month that a fresh
 * 37-month project would have, beside an existing 36-month one.
 *
 * <pre>
 * java no.scorebake.bench.SampleProject --units 400 --kpis 25 --months 36 --seed 1 --out /tmp/bergen
 * java no.scorebake.bench.SampleProject --units 400 --kpis 25 --months 37 --seed 1 --out /tmp/bergen --data-from 37
 * </pre>
 */
public final class SampleProject {

    /** What was written. */
    public record Summary(int units, int kpis, int months, int dataFiles, int dataRows, int notes, int files) {
        @Override
        public String toString() {
            return units + " scorecards, " + kpis + " KPIs in all, " + months + " months: " + dataFiles + " data files with " + dataRows
                    + " rows, " + notes + " notes, " + files + " files written";
        }
    }

    /**
     * The shape of the unit tree. {@code DEFAULT}: root, service areas, departments (about one per
     * nine units) and units under those, four levels with narrow parents. {@code BERGEN}: as Bergen
     * kommune's own model is, root and a few sectors with 60 or more units directly under each, so
     * the sectors' roll-ups, comparisons and summaries run over wide parents, and a note for one
     * unit in three, in several months.
     */
    public enum Shape {
        DEFAULT, BERGEN
    }

    /** The options of one run. {@code dataFrom} is 1-based; above 1, only data files of months dataFrom..months are written. */
    public record Options(int units, int kpis, int months, long seed, YearMonth start, int dataFrom, Shape shape) {
        public Options {
            if (shape == null) {
                throw new IllegalArgumentException("--shape must be default or bergen");
            }
            if (units < 1 || kpis < 1 || months < 1) {
                throw new IllegalArgumentException("--units, --kpis and --months must be at least 1");
            }
            if (dataFrom < 1 || dataFrom > months) {
                throw new IllegalArgumentException("--data-from must be between 1 and --months");
            }
        }

        public Options(int units, int kpis, int months, long seed, YearMonth start, int dataFrom) {
            this(units, kpis, months, seed, start, dataFrom, Shape.DEFAULT);
        }

        public Options(int units, int kpis, int months, long seed) {
            this(units, kpis, months, seed, YearMonth.of(2023, 1), 1);
        }
    }

    public static void main(String[] args) throws IOException {
        int units = 400;
        int kpis = 25;
        int months = 36;
        long seed = 1;
        YearMonth start = YearMonth.of(2023, 1);
        Integer dataFrom = null;
        Shape shape = Shape.DEFAULT;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("""
                        usage: SampleProject --out DIR [--units N] [--kpis K] [--months M] [--seed S] [--start YYYY-MM] [--data-from I]
                                             [--shape default|bergen]
                          --units N      scorecards (units in the tree), default 400
                          --kpis K       KPIs per scorecard, default 25
                          --months M     months of data from --start, default 36
                          --seed S       random seed, default 1
                          --start        first month, default 2023-01
                          --data-from I  write only the data files of months I..M (1-based) into an existing project;
                                         with the same other options the model is unchanged, so e.g. --months 37
                                         --data-from 37 adds the 37th month
                          --shape        default: root, service areas, departments, units (four levels, narrow parents);
                                         bergen: root and a few sectors with 60+ units directly under each, and
                                         a note for one unit in three (as Bergen kommune's own model)""");
                return;
            }
            if (i + 1 >= args.length) {
                usage("option " + a + " needs a value");
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--units", "-n" -> units = Integer.parseInt(v);
                    case "--kpis", "-k" -> kpis = Integer.parseInt(v);
                    case "--months", "-m" -> months = Integer.parseInt(v);
                    case "--seed", "-s" -> seed = Long.parseLong(v);
                    case "--start" -> start = YearMonth.parse(v);
                    case "--data-from" -> dataFrom = Integer.parseInt(v);
                    case "--shape" -> shape = Shape.valueOf(v.toUpperCase(Locale.ROOT));
                    case "--out", "-o" -> out = Path.of(v);
                    default -> usage("unknown option " + a);
                }
            } catch (RuntimeException e) {
                usage("bad value '" + v + "' for " + a);
            }
        }
        if (out == null) {
            usage("--out DIR is required");
        }
        Options options;
        try {
            options = new Options(units, kpis, months, seed, start, dataFrom == null ? 1 : dataFrom, shape);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        if (options.dataFrom() == 1 && Files.isDirectory(out.resolve("model"))) {
            usage(out + " already holds a project; give an empty or new folder (or --data-from to add months)");
        }
        if (options.dataFrom() > 1 && !Files.isDirectory(out.resolve("model"))) {
            usage("--data-from adds months to an existing project, but " + out + " has no model/");
        }
        long t0 = System.nanoTime();
        Summary s = generate(out, options);
        System.out.println(s + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms into " + out);
    }

    private static void usage(String message) {
        System.err.println("SampleProject: " + message + " (--help for usage)");
        System.exit(2);
    }

    /** Writes a whole project of {@code units} x {@code kpis} x {@code months} into {@code out}. */
    public static Summary generate(Path out, int units, int kpis, int months, long seed) throws IOException {
        return generate(out, new Options(units, kpis, months, seed));
    }

    public static Summary generate(Path out, Options options) throws IOException {
        SampleProject p = new SampleProject(options, out);
        try {
            return p.write();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // ------------------------------------------------------------------ catalogues

    /** A service area: its id prefix, name, departments and the kinds of units under them, and its five own KPIs. */
    private record Area(String id, String name, String vision, List<String[]> departments, List<Tpl> kpis) {
    }

    /** Frequencies of the model format. */
    private enum Freq {
        MONTHLY("monthly", 1), QUARTERLY("quarterly", 3), HALF("half-yearly", 6), YEARLY("yearly", 12);

        final String key;
        final int months;

        Freq(String key, int months) {
            this.key = key;
            this.months = months;
        }

        boolean due(YearMonth m) {
            return m.getMonthValue() % months == 0;
        }
    }

    /**
     * A KPI template: what it measures and how its figures behave. {@code base} is a typical
     * target of one unit (scaled by unit size when {@code scaled}); {@code sd} the relative noise.
     */
    private record Tpl(String id, String name, String definition, String owner, String unit, Freq freq, boolean higher,
                       String aggregation, double base, boolean scaled, int decimals, double sd, String perspective,
                       boolean rollup, boolean planned) {

        Tpl withFreq(Freq f) {
            return new Tpl(id, name, definition, owner, unit, f, higher, aggregation, base, scaled, decimals, sd, perspective, rollup, planned);
        }

        Tpl withId(String newId) {
            return new Tpl(newId, name, definition, owner, unit, freq, higher, aggregation, base, scaled, decimals, sd, perspective, rollup, planned);
        }

        /** Roll-ups add what grows with a unit's size (cases, hours, kroner) and average the rest (shares, scores, days). */
        String rollupKind() {
            return scaled ? "sum" : "average";
        }
    }

    private static Tpl tpl(String id, String name, String definition, String owner, String unit, Freq freq, boolean higher,
                           double base, boolean scaled, int decimals, double sd, String perspective, boolean rollup) {
        return new Tpl(id, name, definition, owner, unit, freq, higher, null, base, scaled, decimals, sd, perspective, rollup, false);
    }

    private static final String U = "brukere";
    private static final String T = "tjenester";
    private static final String P = "medarbeidere";
    private static final String O = "okonomi";

    // The KPIs every scorecard has (roll-ups in units with sub-units).
    private static final Tpl SICK_LEAVE = tpl("sick-leave", "Sykefravær", "Legemeldt og egenmeldt sykefravær i prosent av avtalte dagsverk i måneden.",
            "Enhetsleder", "percent", Freq.MONTHLY, false, 6.5, false, 1, 0.12, P, true);
    private static final Tpl CASES = tpl("cases", "Antall behandlede saker", "Saker og henvendelser registrert i fagsystemet i måneden.",
            "Enhetsleder", "count", Freq.MONTHLY, true, 120, true, 0, 0.08, T, true);
    private static final Tpl CASES_CLOSED = tpl("cases-closed", "Antall saker avsluttet", "Saker registrert i måneden og avsluttet innen utgangen av måneden. Grunnlag for andelen; har ikke eget måltall.",
            "Enhetsleder", "count", Freq.MONTHLY, true, 0, true, 0, 0.04, T, true);
    private static final Tpl CLOSED_SHARE = tpl("closed-share", "Andel saker avsluttet i måneden", "Avsluttede saker i prosent av alle saker registrert i måneden.",
            "Enhetsleder", "percent", Freq.MONTHLY, true, 90, false, 1, 0, U, false);
    private static final Tpl HSE = tpl("hse-deviations", "Antall HMS-avvik", "Registrerte avvik i HMS-systemet i kvartalet (vold og trusler, skader, nestenulykker).",
            "Verneombud", "count", Freq.QUARTERLY, false, 6, true, 0, 0.25, P, true);
    private static final Tpl EMPLOYEE_SURVEY = tpl("employee-survey", "Medarbeiderundersøkelsen", "Gjennomsnittlig skår (skala 1–5) i 10-FAKTOR-undersøkelsen.",
            "Enhetsleder", "score", Freq.YEARLY, true, 4.2, false, 2, 0.04, P, true);
    private static final Tpl TURNOVER = tpl("staff-turnover", "Turnover", "Fast ansatte som har sluttet i halvåret, i prosent av gjennomsnittlig antall fast ansatte.",
            "Personalrådgiver", "percent", Freq.HALF, false, 8, false, 1, 0.2, P, true);
    private static final Tpl DIGITAL = new Tpl("digital-share", "Andel digitale søknader", "Søknader mottatt gjennom digitale skjema i prosent av alle søknader. Under planlegging.",
            "Digitaliseringsrådgiver", "percent", Freq.MONTHLY, true, null, 75, false, 1, 0.1, T, false, true);
    private static final Tpl OVERTIME = tpl("overtime", "Overtid", "Utbetalte overtidstimer i måneden.",
            "Enhetsleder", "hours", Freq.MONTHLY, false, 60, true, 1, 0.15, O, true);
    private static final Tpl BUDGET = new Tpl("budget-deviation", "Avvik mellom budsjett og regnskap", "Regnskap minus periodisert budsjett for måneden, i kroner. Positivt tall betyr overforbruk.",
            "Økonomirådgiver", "nok", Freq.MONTHLY, false, "sum", 80_000, true, 0, 0, O, true, false);
    private static final Tpl CASES_OPEN = tpl("cases-open", "Saker ikke avsluttet i måneden", "Saker registrert i måneden som ikke var avsluttet ved utgangen av måneden.",
            "Enhetsleder", "count", Freq.MONTHLY, false, 14, true, 0, 0, T, false);
    private static final Tpl MAIN_SHARE = tpl("main-unit-share", "Største enhets andel av sakene", "Sakene i den første underenheten i prosent av alle saker (sammensatt på tvers av enheter).",
            "Enhetsleder", "percent", Freq.MONTHLY, false, 30, false, 1, 0, T, false);
    private static final Tpl COMPETENCE = tpl("competence-hours", "Timer brukt på kompetanseutvikling", "Kurs, hospitering og e-læring, i timer.",
            "Enhetsleder", "hours", Freq.MONTHLY, true, 40, true, 0, 0.2, P, true);
    private static final Tpl INCIDENTS = tpl("serious-incidents", "Alvorlige hendelser", "Alvorlige hendelser meldt til tilsynsmyndighet i kvartalet. Målet er null.",
            "Enhetsleder", "count", Freq.QUARTERLY, false, 0, false, 0, 0, T, true);
    private static final Tpl USER_SURVEY = tpl("user-satisfaction", "Brukertilfredshet", "Gjennomsnittlig skår (skala 1–6) i brukerundersøkelsen.",
            "Enhetsleder", "score", Freq.YEARLY, true, 4.8, false, 1, 0.05, U, true);
    private static final Tpl CLIMATE = new Tpl("climate-emissions", "Klimagassutslipp", "Direkte utslipp fra kjøretøy og bygg, tonn CO₂-ekvivalenter. Under planlegging.",
            "Miljørådgiver", "count", Freq.YEARLY, false, null, 120, true, 0, 0.1, O, false, true);

    /** KPIs to fill a scorecard beyond the fixed ones; their frequency is drawn per unit, so they are never rolled up. */
    private static final List<Tpl> FILLERS = List.of(
            tpl("complaints", "Antall klagesaker", "Klager på vedtak og tjenester mottatt i perioden.", "Enhetsleder", "count", Freq.MONTHLY, false, 8, true, 0, 0.3, U, false),
            tpl("decisions-in-time", "Andel vedtak innen frist", "Vedtak fattet innen lovpålagt eller intern frist, i prosent.", "Fagleder", "percent", Freq.MONTHLY, true, 92, false, 1, 0.05, T, false),
            tpl("phone-wait", "Gjennomsnittlig ventetid telefon", "Ventetid i sentralbordet i minutter, omregnet til timer.", "Servicetorget", "hours", Freq.MONTHLY, false, 0.05, false, 3, 0.2, U, false),
            tpl("inquiries", "Antall innbyggerhenvendelser", "Henvendelser på telefon, e-post og i skranke.", "Servicetorget", "count", Freq.MONTHLY, true, 300, true, 0, 0.1, U, false),
            tpl("procurement-share", "Andel innkjøp på avtale", "Innkjøp fra leverandører med rammeavtale, i prosent av alle innkjøp.", "Innkjøpsrådgiver", "percent", Freq.MONTHLY, true, 85, false, 1, 0.06, O, false),
            tpl("energy-use", "Energiforbruk i bygg", "Levert energi til enhetens bygg i kWh, i tusen kroner.", "Driftsleder", "nok", Freq.MONTHLY, false, 45_000, true, 0, 0.15, O, false),
            tpl("full-time-share", "Andel heltidsstillinger", "Ansatte i hel stilling i prosent av alle fast ansatte.", "Personalrådgiver", "percent", Freq.MONTHLY, true, 60, false, 1, 0.05, P, false),
            tpl("apprentices", "Antall lærlinger", "Lærlinger ved enheten ved utgangen av perioden.", "Personalrådgiver", "count", Freq.MONTHLY, true, 3, true, 0, 0.2, P, false),
            tpl("processing-days", "Saksbehandlingstid", "Gjennomsnittlig antall dager fra mottatt søknad til vedtak.", "Fagleder", "days", Freq.MONTHLY, false, 21, false, 1, 0.15, T, false),
            tpl("leadership-index", "Ledelsesindeks", "Skår (skala 1–5) på ledelse i medarbeiderundersøkelsen.", "Enhetsleder", "score", Freq.MONTHLY, true, 4.1, false, 2, 0.04, P, false),
            tpl("internal-audits", "Gjennomførte internrevisjoner", "Internrevisjoner av kvalitetssystemet gjennomført i perioden.", "Kvalitetsrådgiver", "count", Freq.MONTHLY, true, 2, false, 0, 0.3, T, false),
            tpl("training-share", "Andel med gjennomført HMS-opplæring", "Ansatte med gjennomført grunnopplæring i HMS, i prosent.", "Verneombud", "percent", Freq.MONTHLY, true, 95, false, 1, 0.03, P, false),
            tpl("invoice-days", "Fakturabehandlingstid", "Dager fra mottatt faktura til attestert.", "Økonomirådgiver", "days", Freq.MONTHLY, false, 6, false, 1, 0.2, O, false),
            tpl("volunteer-hours", "Frivillige timer", "Timer utført av frivillige ved enheten.", "Frivillighetskoordinator", "hours", Freq.MONTHLY, true, 80, true, 0, 0.25, U, false),
            tpl("media-cases", "Saker i media", "Oppslag om enheten i lokalpressen.", "Kommunikasjonsrådgiver", "count", Freq.MONTHLY, false, 2, false, 0, 0.5, U, false));

    private static Tpl areaKpi(String id, String name, String definition, String owner, String unit, boolean higher, double base,
                               boolean scaled, int decimals, double sd, String perspective) {
        return tpl(id, name, definition, owner, unit, Freq.MONTHLY, higher, base, scaled, decimals, sd, perspective, true);
    }

    /**
     * Five KPIs of one area, in slot order: A1 monthly, A2 quarterly, A3 half-yearly, A4 monthly
     * with aggregation "last", A5 monthly. The frequencies and the aggregation are set here.
     */
    private static List<Tpl> five(Tpl a1, Tpl a2, Tpl a3, Tpl a4, Tpl a5) {
        Tpl last = new Tpl(a4.id(), a4.name(), a4.definition(), a4.owner(), a4.unit(), Freq.MONTHLY, a4.higher(), "last", a4.base(),
                a4.scaled(), a4.decimals(), a4.sd(), a4.perspective(), a4.rollup(), false);
        return List.of(a1, a2.withFreq(Freq.QUARTERLY), a3.withFreq(Freq.HALF), last, a5);
    }

    private static List<String[]> depts(String... slugAndNameAndKind) {
        List<String[]> list = new ArrayList<>();
        for (int i = 0; i < slugAndNameAndKind.length; i += 3) {
            list.add(new String[] {slugAndNameAndKind[i], slugAndNameAndKind[i + 1], slugAndNameAndKind[i + 2]});
        }
        return list;
    }

    private static final List<Area> AREAS = List.of(
            new Area("ho", "Byrådsavdeling for helse og omsorg", "Trygghet og mestring hele livet",
                    depts("sykehjem", "Sykehjemsetaten", "%s sykehjem", "hjemme", "Hjemmetjenesten", "Hjemmesykepleien %s",
                            "bolig", "Etat for tjenester til utviklingshemmede", "%s bofellesskap", "helsestasjon", "Helsestasjonene", "%s helsestasjon"),
                    five(areaKpi("home-visits", "Antall hjemmebesøk", "Vedtaksfestede besøk gjennomført i måneden.", "Avdelingsleder", "count", true, 900, true, 0, 0.06, T),
                            areaKpi("falls", "Fallskader", "Registrerte fall med skade blant brukerne i kvartalet.", "Fagsykepleier", "count", false, 5, true, 0, 0.3, U),
                            areaKpi("nutrition-screening", "Andel ernæringskartlagt", "Brukere kartlagt for ernæringsrisiko siste halvår, i prosent.", "Fagsykepleier", "percent", true, 90, false, 1, 0.05, T),
                            areaKpi("vacant-beds", "Ledige plasser", "Ledige korttids- og langtidsplasser ved månedens slutt.", "Avdelingsleder", "count", false, 3, true, 0, 0.4, O),
                            areaKpi("wait-days", "Ventetid på plass", "Gjennomsnittlig antall dager fra vedtak til tildelt plass.", "Tildelingskontoret", "days", false, 14, false, 1, 0.2, U))),
            new Area("sk", "Byrådsavdeling for barnehage og skole", "Alle elever skal lære og mestre",
                    depts("nord", "Skolene i Åsane og Arna", "%s skole", "sentrum", "Skolene i Bergenhus og Årstad", "%s skole",
                            "sor", "Skolene i Fana og Ytrebygda", "%s skole", "vest", "Skolene i Laksevåg og Fyllingsdalen", "%s skole"),
                    five(areaKpi("pupil-absence", "Elevfravær", "Dager fravær i prosent av skoledager i måneden.", "Rektor", "percent", false, 4.5, false, 1, 0.15, U),
                            areaKpi("bullying-cases", "Saker etter opplæringslova § 9 A", "Aktivitetsplaner opprettet for elever som ikke har et trygt skolemiljø.", "Rektor", "count", false, 4, true, 0, 0.35, U),
                            areaKpi("reading-score", "Lesing, nasjonale prøver", "Gjennomsnittlig skalapoeng (omregnet til 1–5) på nasjonale prøver i lesing.", "Rektor", "score", true, 3.2, false, 2, 0.05, T),
                            areaKpi("teachers-qualified", "Lærere med godkjent kompetanse", "Lærere med fordypning i fagene de underviser i, ved månedens slutt.", "Rektor", "count", true, 30, true, 0, 0.05, P),
                            areaKpi("special-ed-hours", "Timer spesialundervisning", "Timer spesialundervisning gitt i måneden.", "Rektor", "hours", false, 400, true, 0, 0.1, O))),
            new Area("bh", "Etat for barnehage", "Gode barnehager for alle barn",
                    depts("kommunale", "Kommunale barnehager", "%s barnehage", "tilsyn", "Barnehagetilsyn og opptak", "Opptakskontor %s"),
                    five(areaKpi("children", "Antall barn", "Barn med plass ved månedens slutt.", "Styrer", "count", true, 70, true, 0, 0.03, U),
                            areaKpi("staff-ratio", "Barn per ansatt", "Barn per ansatt omregnet til heltid.", "Styrer", "count", false, 6, false, 1, 0.05, T),
                            areaKpi("parent-satisfaction", "Foreldretilfredshet", "Skår (skala 1–5) i foreldreundersøkelsen.", "Styrer", "score", true, 4.4, false, 2, 0.03, U),
                            areaKpi("pedagogues", "Pedagoger", "Ansatte med barnehagelærerutdanning ved månedens slutt.", "Styrer", "count", true, 12, true, 0, 0.06, P),
                            areaKpi("substitute-hours", "Vikartimer", "Timer med vikar i måneden.", "Styrer", "hours", false, 250, true, 0, 0.2, O))),
            new Area("so", "Byrådsavdeling for arbeid, sosial og bolig", "Alle skal kunne bo trygt og være i arbeid",
                    depts("nav", "NAV Bergen", "NAV %s", "barnevern", "Barnevernstjenesten", "Barnevernstjenesten %s", "bolig", "Boligetaten", "Boligkontor %s"),
                    five(areaKpi("social-assistance", "Mottakere av sosialhjelp", "Husstander som fikk økonomisk sosialhjelp i måneden.", "Avdelingsleder", "count", false, 400, true, 0, 0.05, U),
                            areaKpi("deadline-breaches", "Fristbrudd i undersøkelsessaker", "Undersøkelser som ikke ble avsluttet innen tre måneder.", "Fagleder", "count", false, 3, true, 0, 0.4, T),
                            areaKpi("into-work", "Overgang til arbeid", "Deltakere i kvalifiseringsprogrammet som gikk over til arbeid eller utdanning, i prosent.", "Avdelingsleder", "percent", true, 45, false, 1, 0.1, U),
                            areaKpi("temporary-housing", "Husstander i midlertidig bolig", "Husstander i midlertidig botilbud ved månedens slutt.", "Boligkonsulent", "count", false, 20, true, 0, 0.15, U),
                            areaKpi("caseload", "Saker per saksbehandler", "Aktive saker per saksbehandler ved månedens slutt.", "Fagleder", "count", false, 25, false, 0, 0.1, P))),
            new Area("sf", "Byrådsavdeling for klima, miljø og byutvikling", "En grønn og levende by",
                    depts("bymiljo", "Bymiljøetaten", "Bymiljø %s", "vann", "Vann- og avløpsetaten", "Vannverk %s", "plan", "Plan- og bygningsetaten", "Byggesak %s"),
                    five(areaKpi("road-repairs", "Utbedrede hull i vei", "Meldte hull i kommunal vei utbedret i måneden.", "Driftsleder", "count", true, 60, true, 0, 0.2, U),
                            areaKpi("water-leaks", "Vannlekkasjer", "Registrerte brudd og lekkasjer på kommunalt ledningsnett.", "Driftsleder", "count", false, 10, true, 0, 0.3, T),
                            areaKpi("permit-days", "Behandlingstid byggesak", "Gjennomsnittlig antall dager for byggesøknader med tre ukers frist.", "Fagleder", "days", false, 21, false, 1, 0.15, U),
                            areaKpi("waste-sorted", "Utsortert avfall", "Husholdningsavfall sortert til gjenvinning, i prosent.", "Driftsleder", "percent", true, 45, false, 1, 0.05, T),
                            areaKpi("fleet-fossil-free", "Fossilfrie kjøretøy", "Andel av kjøretøyparken som er fossilfri, i prosent.", "Driftsleder", "percent", true, 70, false, 1, 0.05, O))),
            new Area("ku", "Byrådsavdeling for kultur, mangfold og idrett", "Kultur og idrett for alle",
                    depts("bibliotek", "Bergen Offentlige Bibliotek", "%s bibliotek", "idrett", "Idrettsetaten", "%s idrettsanlegg", "kulturkontor", "Kulturkontorene", "Kulturkontoret %s"),
                    five(areaKpi("visitors", "Besøkende", "Besøk registrert ved dørteller.", "Avdelingsleder", "count", true, 5000, true, 0, 0.12, U),
                            areaKpi("events", "Arrangementer", "Arrangementer og kurs gjennomført i kvartalet.", "Avdelingsleder", "count", true, 25, true, 0, 0.2, U),
                            areaKpi("facility-use", "Utnyttelsesgrad", "Utleide timer i prosent av tilgjengelige timer.", "Avdelingsleder", "percent", true, 75, false, 1, 0.06, T),
                            areaKpi("loans", "Utlån", "Utlån av medier i måneden.", "Avdelingsleder", "count", true, 8000, true, 0, 0.1, U),
                            areaKpi("grant-days", "Behandlingstid tilskudd", "Dager fra søknadsfrist til vedtak om tilskudd.", "Rådgiver", "days", false, 40, false, 0, 0.15, T))),
            new Area("fi", "Byrådsavdeling for finans, eierskap og digitalisering", "Trygg økonomi og digitale tjenester",
                    depts("skatt", "Kemneren", "Skatteoppkreving %s", "it", "Digitaliseringsetaten", "IT-drift %s", "innkjop", "Innkjøpsseksjonen", "Innkjøp %s"),
                    five(areaKpi("tickets", "Brukerhenvendelser til IT", "Saker meldt til brukerstøtte i måneden.", "Driftsleder", "count", false, 900, true, 0, 0.1, U),
                            areaKpi("outages", "Driftsavbrudd", "Avbrudd i kritiske systemer over 15 minutter.", "Driftsleder", "count", false, 3, true, 0, 0.4, T),
                            areaKpi("collection-rate", "Innfordringsgrad", "Innbetalt skatt og avgift i prosent av forfalt.", "Avdelingsleder", "percent", true, 98, false, 2, 0.01, O),
                            areaKpi("open-tickets", "Åpne saker", "Åpne saker i brukerstøtte ved månedens slutt.", "Driftsleder", "count", false, 150, true, 0, 0.15, T),
                            areaKpi("uptime", "Oppetid", "Oppetid for kritiske systemer i prosent.", "Driftsleder", "percent", true, 99.5, false, 2, 0.003, T))),
            new Area("ai", "Etat for arbeid og inkludering", "Flere i arbeid",
                    depts("kvalifisering", "Kvalifiseringssenteret", "Kvalifisering %s", "introduksjon", "Introduksjonsprogrammet", "Introduksjonssenteret %s"),
                    five(areaKpi("participants", "Deltakere", "Deltakere i program ved månedens slutt.", "Avdelingsleder", "count", true, 120, true, 0, 0.05, U),
                            areaKpi("dropouts", "Avbrudd i program", "Deltakere som avbrøt programmet i kvartalet.", "Avdelingsleder", "count", false, 6, true, 0, 0.3, U),
                            areaKpi("language-level", "Norsknivå", "Gjennomsnittlig nivå (1–5) på avsluttende norskprøve.", "Fagleder", "score", true, 3.4, false, 2, 0.04, T),
                            areaKpi("in-practice", "Deltakere i praksis", "Deltakere i språk- eller arbeidspraksis ved månedens slutt.", "Avdelingsleder", "count", true, 40, true, 0, 0.1, T),
                            areaKpi("follow-up-days", "Dager til første samtale", "Dager fra vedtak til første oppfølgingssamtale.", "Fagleder", "days", false, 10, false, 1, 0.2, U))),
            new Area("br", "Brannvesenet", "Trygg by",
                    depts("stasjon", "Beredskapsavdelingen", "%s brannstasjon", "forebygging", "Forebyggende avdeling", "Feiervesenet %s"),
                    five(areaKpi("callouts", "Utrykninger", "Utrykninger til brann, ulykke og annen assistanse.", "Vaktleder", "count", false, 90, true, 0, 0.15, T),
                            areaKpi("inspections", "Tilsyn i særskilte brannobjekter", "Tilsyn gjennomført i kvartalet.", "Avdelingsleder", "count", true, 30, true, 0, 0.15, T),
                            areaKpi("response-time", "Innsatstid", "Andel utrykninger innenfor krav til innsatstid, i prosent.", "Vaktleder", "percent", true, 95, false, 1, 0.02, U),
                            areaKpi("chimneys", "Feiede piper", "Piper feiet hittil i året, ved månedens slutt.", "Avdelingsleder", "count", true, 2000, true, 0, 0.1, U),
                            areaKpi("drill-hours", "Øvingstimer", "Timer med øving per mannskap.", "Vaktleder", "hours", true, 8, false, 1, 0.15, P))),
            new Area("kl", "Klimaetaten", "Nullutslipp 2030",
                    depts("klima", "Klimaseksjonen", "Klimaprosjekt %s", "natur", "Naturforvaltning", "Friområder %s"),
                    five(areaKpi("charging-points", "Ladepunkter", "Kommunale ladepunkter i drift ved månedens slutt.", "Rådgiver", "count", true, 50, true, 0, 0.05, T),
                            areaKpi("air-quality-days", "Dager med dårlig luft", "Døgn med overskridelse av grenseverdi for svevestøv i kvartalet.", "Rådgiver", "days", false, 4, false, 0, 0.4, U),
                            areaKpi("trees-planted", "Trær plantet", "Trær plantet i halvåret.", "Rådgiver", "count", true, 300, true, 0, 0.2, T),
                            areaKpi("projects-active", "Aktive klimaprosjekter", "Prosjekter i gjennomføring ved månedens slutt.", "Rådgiver", "count", true, 6, false, 0, 0.2, O),
                            areaKpi("cycling-share", "Sykkelandel", "Andel av registrerte turer som går med sykkel, i prosent.", "Rådgiver", "percent", true, 6, false, 1, 0.1, U))));

    /** The root's own five KPIs (reported, not rolled up: no area below has them). */
    private static final List<Tpl> ROOT_KPIS = five(
            tpl("population", "Innbyggere", "Folkemengde ved utgangen av måneden.", "Kommunedirektør", "count", Freq.MONTHLY, true, 290_000, false, 0, 0.002, U, false),
            tpl("net-result", "Netto driftsresultat", "Netto driftsresultat i prosent av driftsinntektene.", "Finansdirektør", "percent", Freq.MONTHLY, true, 1.75, false, 2, 0.3, O, false),
            tpl("tax-income", "Skatteinngang", "Skatteinngang hittil i året i prosent av budsjett.", "Finansdirektør", "percent", Freq.MONTHLY, true, 100, false, 1, 0.02, O, false),
            tpl("employees", "Årsverk", "Avtalte årsverk i kommunen ved månedens slutt.", "Personaldirektør", "count", Freq.MONTHLY, false, 15_000, false, 0, 0.01, P, false),
            tpl("media-complaints", "Klager til Sivilombudet", "Klager på kommunen behandlet av Sivilombudet.", "Kommunedirektør", "count", Freq.MONTHLY, false, 3, false, 0, 0.5, U, false));

    private static final Area ROOT_AREA = new Area("bergen", "Bergen kommune", "Bergen – den grønne byen", List.of(), ROOT_KPIS);

    private static final List<String> PLACES = List.of(
            "Arna", "Åsane", "Fana", "Laksevåg", "Ytrebygda", "Årstad", "Fyllingsdalen", "Bergenhus", "Sandviken", "Møhlenpris", "Nordnes",
            "Landås", "Minde", "Paradis", "Nesttun", "Loddefjord", "Ulset", "Kalfaret", "Slettebakken", "Løvstakken", "Hordvik", "Indre Arna",
            "Ytre Arna", "Rådal", "Kokstad", "Sletten", "Fjellsiden", "Eidsvåg", "Tertnes", "Salhus", "Olsvik", "Kjøkkelvik", "Godvik",
            "Mathopen", "Hetlevik", "Storetveit", "Hop", "Skjold", "Søreide", "Sædalen", "Kronstad", "Haukeland", "Bønes", "Kråkenes",
            "Mjølkeråen", "Ytre Laksevåg", "Fjøsanger", "Garnes", "Espeland", "Morvik", "Flaktveit", "Rolland", "Haukås", "Hjellestad",
            "Krohnengen", "Gimle", "Solheimsviken", "Wergeland", "Natland", "Ulriken");

    private static final String[] COMMENTS = {
            "Høyt sykefravær i perioden", "Ferieavvikling; mange vikarer", "Nytt fagsystem tatt i bruk", "Omorganisering av avdelingen",
            "Stor pågang etter omtale i media", "Tall korrigert etter kontroll", "Vakante stillinger; rekruttering pågår",
            "Influensasesong", "Midlertidig stengt avdeling på grunn av vannlekkasje", "Ekstra innsats før fristen",
            "Tallet er foreløpig", "Jfr. notat til styringsgruppen; tiltak er satt i gang", "Sesongvariasjon som forventet"};

    private static final String[][] INITIATIVES = {
            {"digital-soknad", "Innføre digital søknadsbehandling", "Digitale skjema og automatisk saksflyt for de vanligste søknadene."},
            {"naervaer", "Nærværsprosjekt", "Tett oppfølging av sykemeldte og tilrettelegging i samarbeid med NAV arbeidslivssenter."},
            {"lederutvikling", "Lederutviklingsprogram", "Felles program for alle ledere med personalansvar."},
            {"heltid", "Heltidskultur", "Flere hele stillinger gjennom langvakter og årsturnus."},
            {"kvalitetssystem", "Nytt kvalitetssystem", "Felles system for avvik, prosedyrer og internkontroll."},
            {"brukerundersokelse", "Ny brukerundersøkelse", "Årlig undersøkelse med felles spørsmål for alle enheter."},
            {"gevinst", "Gevinstrealisering", "Ta ut gevinstene av digitaliseringsprosjektene i budsjettet."},
            {"kompetanseloft", "Kompetanseløft", "Videreutdanning for fagarbeidere og spesialister."}};

    private static final String[] STATUSES_BEHIND = {"at-risk", "late"};

    /** Objectives per perspective: id, name, then factor id and name pairs. The last tjenester objective is for units with sub-units. */
    private static final Map<String, List<String[]>> OBJECTIVES = new TreeMap<>(Map.of(
            U, List.of(new String[] {"fornoyde-brukere", "Fornøyde brukere", "tilgjengelighet", "God tilgjengelighet", "medvirkning", "Brukermedvirkning"},
                    new String[] {"likeverdige-tjenester", "Likeverdige tjenester", "rett-tid", "Rett tjeneste til rett tid"},
                    new String[] {"trygge-innbyggere", "Trygge innbyggere"}),
            T, List.of(new String[] {"effektive-prosesser", "Effektive arbeidsprosesser", "saksbehandling", "Rask saksbehandling", "digitalisering", "Digitalisering"},
                    new String[] {"hoy-kvalitet", "Høy kvalitet", "forsvarlighet", "Faglig forsvarlighet", "avvik", "God avvikshåndtering"},
                    new String[] {"oppfolging", "Oppfølging av enhetene", "underenheter", "Resultater i underenhetene"}),
            P, List.of(new String[] {"arbeidsmiljo", "Godt arbeidsmiljø", "sykefravaer", "Lavt sykefravær", "hms", "Trygg arbeidsplass"},
                    new String[] {"kompetanse", "Kompetente medarbeidere", "kompetanseutvikling", "Kompetanseutvikling"}),
            O, List.of(new String[] {"okonomi-i-balanse", "Økonomi i balanse", "budsjettdisiplin", "Budsjettdisiplin"},
                    new String[] {"ressursbruk", "Effektiv ressursbruk"})));

    private static final String[][] PERSPECTIVES = {
            {U, "Brukere og innbyggere"}, {T, "Tjenester og arbeidsprosesser"}, {P, "Medarbeidere og organisasjon"}, {O, "Økonomi"}};

    // ------------------------------------------------------------------ the tree

    private static final class Unit {
        final String id;
        final String name;
        final Area area;
        final int level;
        final int ordinal;
        final List<Unit> children = new ArrayList<>();
        final List<K> kpis = new ArrayList<>();
        final List<Init> initiatives = new ArrayList<>();
        String[] department; // for a department: slug, name, and the name pattern of its units
        double scale = 1;

        Unit(String id, String name, Area area, int level, int ordinal) {
            this.id = id;
            this.name = name;
            this.area = area;
            this.level = level;
            this.ordinal = ordinal;
        }

        K kpi(String kpiId) {
            for (K k : kpis) {
                if (k.tpl.id().equals(kpiId)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** One KPI of one scorecard. {@code target} is null for none; {@code rollup} and {@code formula} mark computed ones. */
    private static final class K {
        final Tpl tpl;
        Double target;
        String rollup;
        String formula;
        Map<String, Double> targets = new TreeMap<>();
        String thresholds;
        int weight = 1;

        K(Tpl tpl) {
            this.tpl = tpl;
        }

        boolean reported() {
            return rollup == null && formula == null && !tpl.planned();
        }
    }

    private record Init(String id, String name, String description, String owner, YearMonth start, YearMonth end, List<String> supports) {
    }

    private final Options o;
    private final Path out;
    private final List<Unit> all = new ArrayList<>();
    private Unit root;
    private int files;
    private int dataFiles;
    private int dataRows;
    private int notes;

    private SampleProject(Options options, Path out) {
        this.o = options;
        this.out = out;
    }

    private static long mix(long seed, long a, long b) {
        long z = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private Summary write() {
        buildTree();
        for (Unit u : all) {
            chooseKpis(u);
        }
        decideComputed();
        setTargets(root);
        for (Unit u : all) {
            initiatives(u);
        }
        if (o.dataFrom() == 1) {
            writeModel();
            writeContent();
        }
        for (Unit u : all) {
            writeData(u);
        }
        int kpiCount = all.stream().mapToInt(u -> u.kpis.size()).sum();
        return new Summary(all.size(), kpiCount, o.months(), dataFiles, dataRows, notes, files);
    }

    /**
     * Root, then service areas, departments, and units under them, breadth first, until there
     * are N. About one department per nine units, departments dealt round the areas and units
     * round the departments, a little unevenly (by the seed).
     */
    private void buildTree() {
        Random r = new Random(mix(o.seed(), 0, 0));
        int n = o.units();
        root = add(new Unit("bergen", "Bergen kommune", ROOT_AREA, 0, 0));
        int rest = n - 1;
        if (rest == 0) {
            return;
        }
        if (o.shape() == Shape.BERGEN) {
            buildWideTree(rest);
            return;
        }
        int areas = Math.min(AREAS.size(), Math.min(rest, Math.max(Math.min(3, rest / 3), (int) Math.ceil(rest / 45.0))));
        areas = Math.max(1, areas);
        List<Unit> areaUnits = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            Area a = AREAS.get(i);
            areaUnits.add(child(root, new Unit(a.id(), a.name(), a, 1, all.size())));
        }
        rest -= areas;
        if (rest == 0) {
            return;
        }
        int deptCount = Math.min(rest, Math.max(areas, (int) Math.ceil(rest / 9.0)));
        List<Unit> departments = new ArrayList<>();
        int[] perArea = new int[areas];
        for (int i = 0; i < deptCount; i++) {
            int ai = i % areas;
            Area a = areaUnits.get(ai).area;
            int k = perArea[ai]++;
            String[] d = a.departments().get(k % a.departments().size());
            int round = k / a.departments().size();
            String id = a.id() + "-" + d[0] + (round == 0 ? "" : "-" + (round + 1));
            String name = d[1] + (round == 0 ? "" : " " + (round + 1));
            Unit dept = child(areaUnits.get(ai), new Unit(id, name, a, 2, all.size()));
            dept.department = d;
            departments.add(dept);
        }
        rest -= deptCount;
        int[] perDept = new int[departments.size()];
        int place = r.nextInt(PLACES.size());
        for (int i = 0; i < rest; i++) {
            // Mostly round-robin, sometimes a neighbour: departments of uneven size.
            int di = i % departments.size();
            if (r.nextInt(4) == 0) {
                di = (di + 1) % departments.size();
            }
            Unit dept = departments.get(di);
            int k = ++perDept[di];
            String[] d = dept.department;
            String placeName = PLACES.get((place + i) % PLACES.size());
            String name = String.format(Locale.ROOT, d[2], placeName);
            if (i >= PLACES.size()) {
                name += " " + (i / PLACES.size() + 1);
            }
            child(dept, new Unit(dept.id + "-" + String.format(Locale.ROOT, "%02d", k), name, dept.area, 3, all.size()));
        }
        // Order the children by id, so files and references never depend on the dealing order.
        for (Unit u : all) {
            u.children.sort((x, y) -> x.id.compareTo(y.id));
        }
    }

    /**
     * Bergen's shape: a few sectors (one per 61 units, at most as many as there are areas) under
     * the root, and every other unit directly under a sector, dealt round them, named after the
     * kinds of unit of the sector's departments in turn.
     */
    private void buildWideTree(int rest) {
        int sectors = Math.max(1, Math.min(AREAS.size(), Math.min(rest, rest / 61)));
        List<Unit> sectorUnits = new ArrayList<>();
        for (int i = 0; i < sectors; i++) {
            Area a = AREAS.get(i);
            sectorUnits.add(child(root, new Unit(a.id(), a.name(), a, 1, all.size())));
        }
        rest -= sectors;
        int[] perSector = new int[sectors];
        for (int i = 0; i < rest; i++) {
            Unit sector = sectorUnits.get(i % sectors);
            int k = ++perSector[i % sectors];
            List<String[]> kinds = sector.area.departments();
            String[] d = kinds.get(k % kinds.size());
            String name = String.format(Locale.ROOT, d[2], PLACES.get((k + i / sectors) % PLACES.size())) + " " + k;
            child(sector, new Unit(String.format(Locale.ROOT, "%s-%s-%03d", sector.id, d[0], k), name, sector.area, 3, all.size()));
        }
        for (Unit u : all) {
            u.children.sort((x, y) -> x.id.compareTo(y.id));
        }
    }

    private Unit add(Unit u) {
        all.add(u);
        return u;
    }

    private Unit child(Unit parent, Unit u) {
        parent.children.add(u);
        return add(u);
    }

    /**
     * The K KPIs of a scorecard, in a fixed order so that small K still covers every kind: the
     * shared ones first (roll-ups where there are sub-units), then the area's, then fillers.
     */
    private void chooseKpis(Unit u) {
        Random r = new Random(mix(o.seed(), u.ordinal, 1));
        List<Tpl> area = u.area.kpis();
        List<Tpl> order = new ArrayList<>(List.of(SICK_LEAVE, CASES, CASES_CLOSED, CLOSED_SHARE, HSE, EMPLOYEE_SURVEY, TURNOVER, DIGITAL,
                OVERTIME, BUDGET, u.children.isEmpty() ? CASES_OPEN : MAIN_SHARE, area.get(0), area.get(1), COMPETENCE, INCIDENTS,
                area.get(2), area.get(3), USER_SURVEY, CLIMATE, area.get(4)));
        List<Tpl> fillers = new ArrayList<>(FILLERS);
        int extra = 0;
        while (order.size() < o.kpis()) {
            Tpl f;
            if (!fillers.isEmpty()) {
                f = fillers.remove(r.nextInt(fillers.size()));
            } else {
                Tpl like = FILLERS.get(r.nextInt(FILLERS.size()));
                extra++;
                f = like.withId(String.format(Locale.ROOT, "indicator-%02d", extra));
            }
            double p = r.nextDouble();
            Freq freq = p < 0.6 ? Freq.MONTHLY : p < 0.8 ? Freq.QUARTERLY : p < 0.9 ? Freq.HALF : Freq.YEARLY;
            order.add(f.withFreq(freq));
        }
        for (Tpl t : order.subList(0, o.kpis())) {
            K k = new K(t);
            if (r.nextInt(10) == 0) {
                k.weight = 2;
            }
            u.kpis.add(k);
        }
    }

    /** Roll-ups where a sub-unit has the same KPI; formulas where their inputs are there. */
    private void decideComputed() {
        for (Unit u : all) {
            for (K k : u.kpis) {
                Tpl t = k.tpl;
                if (t.rollup() && u.children.stream().anyMatch(c -> c.kpi(t.id()) != null)) {
                    k.rollup = t.rollupKind();
                } else if (t == CLOSED_SHARE && u.kpi("cases") != null && u.kpi("cases-closed") != null) {
                    k.formula = "100 * {cases-closed} / {cases}";
                } else if (t == CASES_OPEN && u.kpi("cases") != null && u.kpi("cases-closed") != null) {
                    k.formula = "{cases} - {cases-closed}";
                } else if (t == MAIN_SHARE && u.kpi("cases") != null && !u.children.isEmpty() && u.children.get(0).kpi("cases") != null) {
                    k.formula = "100 * {" + u.children.get(0).id + "/cases} / {cases}";
                }
            }
        }
    }

    private static final double[] SIZES = {0.5, 0.7, 0.8, 1, 1, 1.2, 1.5, 2};

    /** Unit sizes (leaves by the seed, parents the sum of their children) and targets; sum roll-ups add their sub-units' targets. */
    private void setTargets(Unit u) {
        Random r = new Random(mix(o.seed(), u.ordinal, 3));
        for (Unit c : u.children) {
            setTargets(c);
        }
        u.scale = u.children.isEmpty() ? SIZES[r.nextInt(SIZES.length)] : u.children.stream().mapToDouble(c -> c.scale).sum();
        int year = o.start().getYear();
        for (K k : u.kpis) {
            Tpl t = k.tpl;
            if (t == CASES_CLOSED) {
                continue; // basis of a share: no target of its own
            }
            if ("sum".equals(k.rollup)) {
                double sum = 0;
                boolean any = false;
                for (Unit c : u.children) {
                    K ck = c.kpi(t.id());
                    if (ck != null && ck.target != null) {
                        sum += ck.target;
                        any = true;
                    }
                }
                k.target = any ? round(sum, t.decimals()) : null;
            } else {
                k.target = round(t.base() * (t.scaled() ? u.scale : 1), t.decimals());
            }
            if (k.formula != null && t == CASES_OPEN) {
                k.target = round(CASES.base() * u.scale * 0.12, 0);
            }
            // Every few KPIs: targets by year that tighten, and a period key.
            if (k.target != null && k.target != 0 && r.nextInt(4) == 0) {
                double step = (t.higher() ? 1 : -1) * 0.02;
                for (int y = 0; y < 3; y++) {
                    k.targets.put(String.valueOf(year + y), round(k.target * (1 + step * y), t.decimals()));
                }
                String key = switch (t.freq()) {
                    case MONTHLY -> (year + 1) + "-07";
                    case QUARTERLY -> (year + 1) + "-Q3";
                    case HALF -> (year + 1) + "-H2";
                    case YEARLY -> null;
                };
                if (key != null) {
                    k.targets.put(key, round(k.target * (t.higher() ? 0.9 : 1.1), t.decimals()));
                }
            }
            if (t == SICK_LEAVE || r.nextInt(15) == 0) {
                k.thresholds = t == SICK_LEAVE ? "{ green: 100, yellow: 85 }" : "{ green: 100, yellow: 95 }";
            }
        }
    }

    private void initiatives(Unit u) {
        Random r = new Random(mix(o.seed(), u.ordinal, 4));
        List<String> supportable = new ArrayList<>();
        for (String[] p : perspectivesOf(u)) {
            for (String[] obj : objectivesOf(u, p[0])) {
                for (int i = 0; i < obj.length; i += 2) {
                    supportable.add(obj[i]);
                }
            }
        }
        int count = 2 + r.nextInt(3);
        List<String[]> pool = new ArrayList<>(List.of(INITIATIVES));
        for (int i = 0; i < count; i++) {
            String[] in = pool.remove(r.nextInt(pool.size()));
            YearMonth start = o.start().plusMonths(r.nextInt(24));
            YearMonth end = start.plusMonths(6 + r.nextInt(19));
            List<String> supports = new ArrayList<>();
            int s = 1 + r.nextInt(3);
            for (int j = 0; j < s; j++) {
                String id = supportable.get(r.nextInt(supportable.size()));
                if (!supports.contains(id)) {
                    supports.add(id);
                }
            }
            u.initiatives.add(new Init(in[0], in[1], in[2], u.level == 0 ? "Kommunedirektør" : "Leder " + u.name, start, end, supports));
        }
    }

    /** Three or four perspectives: every fourth unit (by the seed) has no Økonomi perspective. */
    private List<String[]> perspectivesOf(Unit u) {
        Random r = new Random(mix(o.seed(), u.ordinal, 5));
        boolean four = r.nextInt(4) != 0 || u.level == 0;
        return four ? List.of(PERSPECTIVES) : List.of(PERSPECTIVES).subList(0, 3);
    }

    /** A perspective's objectives in this unit: the follow-up objective only where there are sub-units. */
    private List<String[]> objectivesOf(Unit u, String perspective) {
        List<String[]> list = new ArrayList<>();
        for (String[] obj : OBJECTIVES.get(perspective)) {
            if (obj[0].equals("oppfolging") && u.children.isEmpty()) {
                continue;
            }
            list.add(obj);
        }
        return list;
    }

    // ------------------------------------------------------------------ writing the model

    private void writeModel() {
        file("model/site.yaml", """
                # Synthetic project for scorebake's benchmark (no.scorebake.bench.SampleProject); every figure is invented.
                title: Bergen kommune
                language: nb
                thresholds: { green: 100, yellow: 90 }
                """);
        StringBuilder org = new StringBuilder("# Synthetic unit tree: ").append(all.size()).append(" units, seed ").append(o.seed()).append('\n');
        org.append("units:\n");
        organisation(org, root, "  ");
        file("model/organisation.yaml", org.toString());
        for (Unit u : all) {
            file("model/scorecards/" + u.id + ".yaml", scorecard(u));
        }
    }

    private void organisation(StringBuilder b, Unit u, String indent) {
        b.append(indent).append("- id: ").append(u.id).append('\n');
        b.append(indent).append("  name: ").append(q(u.name)).append('\n');
        b.append(indent).append("  leader: ").append(q(u.level == 0 ? "Kommunedirektør" : u.level == 1 ? "Direktør" : u.level == 2 ? "Etatsdirektør" : "Enhetsleder")).append('\n');
        b.append(indent).append("  coordinator: ").append(q("Styringskortkoordinator " + u.id)).append('\n');
        if (!u.children.isEmpty()) {
            b.append(indent).append("  units:\n");
            for (Unit c : u.children) {
                organisation(b, c, indent + "    ");
            }
        }
    }

    private String scorecard(Unit u) {
        Random r = new Random(mix(o.seed(), u.ordinal, 6));
        List<String[]> perspectives = perspectivesOf(u);
        List<String> perspectiveIds = perspectives.stream().map(p -> p[0]).toList();

        // Objectives and factors, and which KPIs each lists.
        record Slot(String objective, String factor, List<String> kpis) {
        }
        Map<String, List<Slot>> slots = new TreeMap<>();
        Map<String, List<String>> objectives = new TreeMap<>();
        for (String p : perspectiveIds) {
            List<Slot> list = new ArrayList<>();
            for (String[] obj : objectivesOf(u, p)) {
                if (obj[0].equals("oppfolging")) {
                    continue; // holds references to the sub-units' KPIs only
                }
                for (int i = 2; i < obj.length; i += 2) {
                    list.add(new Slot(obj[0], obj[i], new ArrayList<>()));
                }
            }
            // Factors are filled first; the objectives' own lists after them.
            for (String[] obj : objectivesOf(u, p)) {
                if (!obj[0].equals("oppfolging")) {
                    list.add(new Slot(obj[0], null, new ArrayList<>()));
                }
            }
            slots.put(p, list);
        }
        List<String> unlisted = new ArrayList<>();
        Map<String, Integer> next = new TreeMap<>();
        for (K k : u.kpis) {
            String p = k.tpl.perspective();
            if (!perspectiveIds.contains(p)) {
                p = T;
            }
            if (r.nextInt(20) == 0 && k != u.kpis.get(0)) {
                unlisted.add(k.tpl.id()); // shown under "Other KPIs"
                continue;
            }
            List<Slot> list = slots.get(p);
            int i = next.merge(p, 1, Integer::sum) - 1;
            Slot s = list.get(i % list.size());
            s.kpis().add(k.tpl.id());
            if (r.nextInt(25) == 0) {
                // Listed twice: also directly under the first objective of the perspective.
                Slot first = list.stream().filter(x -> x.factor() == null).findFirst().orElse(s);
                if (first != s && !first.kpis().contains(k.tpl.id())) {
                    first.kpis().add(k.tpl.id());
                }
            }
        }
        // References to the sub-units' KPIs, under the follow-up objective.
        List<String> childRefs = new ArrayList<>();
        for (Unit c : u.children.subList(0, Math.min(3, u.children.size()))) {
            for (String id : List.of("closed-share", "sick-leave", c.area.kpis().get(0).id())) {
                if (c.kpi(id) != null && !childRefs.contains(c.id + "/" + id)) {
                    childRefs.add(c.id + "/" + id);
                }
            }
        }

        StringBuilder b = new StringBuilder();
        b.append("# Styringskort for ").append(u.name).append(" (syntetisk)\n");
        b.append("vision: ").append(q(u.area.vision())).append("\n\n");
        b.append("perspectives:\n");
        for (String[] p : perspectives) {
            b.append("  - { id: ").append(p[0]).append(", name: ").append(q(p[1])).append(" }\n");
        }
        b.append("\nobjectives:\n");
        for (int pi = 0; pi < perspectives.size(); pi++) {
            String p = perspectives.get(pi)[0];
            for (String[] obj : objectivesOf(u, p)) {
                String id = obj[0];
                b.append("  - id: ").append(id).append('\n');
                b.append("    name: ").append(q(obj[1])).append('\n');
                b.append("    perspective: ").append(p).append('\n');
                b.append("    description: ").append(q(obj[1] + " for " + u.name + ".")).append('\n');
                if (pi > 0) {
                    // Cause and effect: drives one or two objectives of the perspective above.
                    List<String> above = objectivesOf(u, perspectives.get(pi - 1)[0]).stream().map(x -> x[0]).toList();
                    List<String> drives = new ArrayList<>();
                    drives.add(above.get(r.nextInt(above.size())));
                    if (r.nextInt(3) == 0) {
                        String second = above.get(r.nextInt(above.size()));
                        if (!drives.contains(second)) {
                            drives.add(second);
                        }
                    }
                    b.append("    drives: [").append(String.join(", ", drives)).append("]\n");
                }
                if (r.nextInt(5) == 0) {
                    b.append("    weight: 2\n");
                }
                if (id.equals("oppfolging")) {
                    b.append("    factors:\n");
                    b.append("      - id: ").append(obj[2]).append('\n');
                    b.append("        name: ").append(q(obj[3])).append('\n');
                    b.append("        kpis: [").append(String.join(", ", childRefs.stream().map(SampleProject::q).toList())).append("]\n");
                    continue;
                }
                List<Slot> own = slots.get(p).stream().filter(s -> s.objective().equals(id)).toList();
                List<String> direct = own.stream().filter(s -> s.factor() == null).findFirst().map(Slot::kpis).orElse(List.of());
                if (!direct.isEmpty()) {
                    b.append("    kpis: [").append(String.join(", ", direct)).append("]\n");
                }
                List<Slot> factors = own.stream().filter(s -> s.factor() != null).toList();
                if (!factors.isEmpty()) {
                    b.append("    factors:\n");
                    for (Slot f : factors) {
                        b.append("      - id: ").append(f.factor()).append('\n');
                        b.append("        name: ").append(q(factorName(f.factor()))).append('\n');
                        if (r.nextInt(8) == 0) {
                            b.append("        weight: 2\n");
                        }
                        b.append("        kpis: [").append(String.join(", ", f.kpis())).append("]\n");
                    }
                }
            }
        }
        b.append("\nkpis:\n");
        for (K k : u.kpis) {
            Tpl t = k.tpl;
            b.append("  - id: ").append(t.id()).append('\n');
            b.append("    name: ").append(q(t.name())).append('\n');
            b.append("    definition: ").append(q(t.definition() + (k.rollup == null ? "" : k.rollup.equals("sum")
                    ? " Summen av underenhetenes tall." : " Gjennomsnittet av underenhetenes tall."))).append('\n');
            b.append("    owner: ").append(q(t.owner())).append('\n');
            b.append("    unit: ").append(t.unit()).append('\n');
            b.append("    frequency: ").append(t.freq().key).append('\n');
            b.append("    direction: ").append(t.higher() ? "higher" : "lower").append('\n');
            if (t.aggregation() != null) {
                b.append("    aggregation: ").append(t.aggregation()).append('\n');
            }
            if (k.target != null) {
                b.append("    target: ").append(yamlNumber(k.target)).append('\n');
            }
            if (!k.targets.isEmpty()) {
                b.append("    targets:\n");
                for (Map.Entry<String, Double> e : k.targets.entrySet()) {
                    b.append("      ").append(e.getKey().contains("-") ? q(e.getKey()) : e.getKey()).append(": ")
                            .append(yamlNumber(e.getValue())).append('\n');
                }
            }
            if (k.thresholds != null) {
                b.append("    thresholds: ").append(k.thresholds).append('\n');
            }
            if (t.planned()) {
                b.append("    state: planned\n");
            }
            if (k.weight != 1) {
                b.append("    weight: ").append(k.weight).append('\n');
            }
            if (k.formula != null) {
                b.append("    formula: ").append(q(k.formula)).append('\n');
            }
            if (k.rollup != null) {
                b.append("    rollup: ").append(k.rollup).append('\n');
            }
        }
        if (!unlisted.isEmpty()) {
            b.append("# Not listed under any objective (shown under \"Other KPIs\"): ").append(String.join(", ", unlisted)).append('\n');
        }
        b.append("\ninitiatives:\n");
        for (Init i : u.initiatives) {
            b.append("  - id: ").append(i.id()).append('\n');
            b.append("    name: ").append(q(i.name())).append('\n');
            b.append("    owner: ").append(q(i.owner())).append('\n');
            b.append("    start: ").append(q(i.start().toString())).append('\n');
            b.append("    end: ").append(q(i.end().toString())).append('\n');
            b.append("    supports: [").append(String.join(", ", i.supports())).append("]\n");
            b.append("    description: ").append(q(i.description())).append('\n');
        }
        return b.toString();
    }

    private static String factorName(String id) {
        for (List<String[]> list : OBJECTIVES.values()) {
            for (String[] obj : list) {
                for (int i = 2; i < obj.length; i += 2) {
                    if (obj[i].equals(id)) {
                        return obj[i + 1];
                    }
                }
            }
        }
        return id;
    }

    // ------------------------------------------------------------------ content

    private void writeContent() {
        file("content/hjelp.md", """
                title=Hjelp: slik leser du styringskortene
                type=page
                status=published
                ~~~~~~

                Forsiden viser enhetstreet for Bergen kommune. Klikk på en enhet for å se styringskortet.
                **Tallene i dette eksempelet er syntetiske.**

                | Kolonne | Betydning |
                |---|---|
                | **Mål** | Måltallet for perioden |
                | **Oppnådd** | Det rapporterte resultatet |
                | **Ytelse** | Oppnådd i forhold til mål, i prosent |
                """);
        YearMonth last = o.start().plusMonths(o.months() - 1);
        file("content/nyheter/" + last + "-nye-tall.md", """
                title=Tallene for %s er publisert
                type=post
                status=published
                date=%s-05
                ~~~~~~

                Styringskortene er oppdatert med tallene for %s.
                """.formatted(last, last.plusMonths(1), last));
        // A long note for about one unit in nine: a monthly figure, and now and then a quarterly one.
        for (Unit u : all) {
            Random r = new Random(mix(o.seed(), u.ordinal, 7));
            if (u.ordinal % 9 != 4) {
                continue;
            }
            K k = u.kpi("sick-leave");
            if (k != null) {
                YearMonth m = o.start().plusMonths(r.nextInt(o.months()));
                file("content/comments/" + m + "/" + u.id + "/sick-leave.md", note(u, k, m.toString(), r));
                notes++;
            }
            K q = u.kpi("hse-deviations");
            if (q != null && o.months() >= 3 && r.nextBoolean()) {
                YearMonth m = o.start().plusMonths(r.nextInt(o.months() / 3) * 3L);
                YearMonth end = m.plusMonths(2 - (m.getMonthValue() - 1) % 3);
                if (!end.isAfter(o.start().plusMonths(o.months() - 1))) {
                    String label = end.getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1);
                    file("content/comments/" + label + "/" + u.id + "/hse-deviations.md", note(u, q, label, r));
                    notes++;
                }
            }
        }
        if (o.shape() == Shape.BERGEN) {
            moreNotes();
        }
    }

    /** Bergen's shape: a note on sick leave in three more months for one unit in three (random draws of their own). */
    private void moreNotes() {
        for (Unit u : all) {
            Random r = new Random(mix(o.seed(), u.ordinal, 8));
            K k = u.kpi("sick-leave");
            if (u.ordinal % 3 != 1 || k == null) {
                continue;
            }
            for (int i = 0; i < 3; i++) {
                YearMonth m = o.start().plusMonths(r.nextInt(o.months()));
                String path = "content/comments/" + m + "/" + u.id + "/sick-leave.md";
                if (!Files.exists(out.resolve(path))) {
                    file(path, note(u, k, m.toString(), r));
                    notes++;
                }
            }
        }
    }

    private static String note(Unit u, K k, String period, Random r) {
        return """
                ## %s ved %s i %s

                %s Tallet er fulgt opp i ledermøtet, og arbeidsmiljøutvalget har fått en orientering.

                Tiltak som er satt i gang:

                - Tettere oppfølging av hver enkelt i samarbeid med NAV arbeidslivssenter
                - Gjennomgang av turnus og bemanning
                - Ny vurdering i neste periode

                *%s*
                """.formatted(k.tpl.name(), u.name, period, COMMENTS[r.nextInt(COMMENTS.length)] + ".", "Leder " + u.name);
    }

    // ------------------------------------------------------------------ data

    private static final List<String[]> HEADERS = List.of(
            new String[] {"scorecard", "kpi", "initiative", "period", "value", "target", "status", "comment", "forecast"},
            new String[] {"Scorecard", "KPI", "Initiative", "Period", "Value", "Target", "Status", "Comment", "Forecast"},
            new String[] {"period", "scorecard", "kpi", "initiative", "value", "comment", "status", "target"},
            new String[] {"kpi", "initiative", "scorecard", "period", "value", "target", "status", "comment"});

    /**
     * One upload per unit and month. A fixed number of random draws per KPI and initiative and
     * month, whether or not a row is written, so month i never depends on later months.
     */
    private void writeData(Unit u) {
        Random r = new Random(mix(o.seed(), u.ordinal, 2));
        int style = u.ordinal % HEADERS.size();
        String[] header = HEADERS.get(style);
        Map<String, Double> level = new TreeMap<>();
        double[] progress = new double[u.initiatives.size()];
        for (int i = 0; i < o.months(); i++) {
            YearMonth m = o.start().plusMonths(i);
            boolean write = i + 1 >= o.dataFrom();
            List<Map<String, String>> rows = new ArrayList<>();
            Map<String, Double> now = new TreeMap<>();
            for (K k : u.kpis) {
                double gap = r.nextDouble();
                double omit = r.nextDouble();
                double comment = r.nextDouble();
                double noise = r.nextGaussian();
                double override = r.nextDouble();
                int pick = r.nextInt(1 << 16);
                Tpl t = k.tpl;
                boolean plannedWithValues = t.planned() && t == DIGITAL && u.ordinal % 5 == 0 && i >= 24;
                if (!(k.reported() || plannedWithValues) || !t.freq().due(m)) {
                    continue;
                }
                Double v = value(u, k, m, noise, level, now);
                if (v == null || !write || omit < 0.01) {
                    continue;
                }
                Map<String, String> row = new TreeMap<>();
                row.put("scorecard", u.id);
                row.put("kpi", t.id());
                row.put("period", periodText(t.freq(), m, pick));
                row.put("value", gap < 0.015 ? "" : number(v, t, pick));
                if (override < 0.004 && k.target != null && k.target != 0) {
                    row.put("target", number(k.target * 1.1, t, 0));
                }
                if (comment < 0.04) {
                    row.put("comment", COMMENTS[pick % COMMENTS.length]);
                }
                if (t.freq() == Freq.MONTHLY && k.reported() && m.getMonthValue() >= 3 && (pick >> 4) % 23 == 0) {
                    row.put("forecast", number(forecast(t, v, pick), t, pick));
                }
                rows.add(row);
            }
            for (int j = 0; j < u.initiatives.size(); j++) {
                Init in = u.initiatives.get(j);
                double report = r.nextDouble();
                double step = r.nextDouble();
                double comment = r.nextDouble();
                if (m.isBefore(in.start()) || m.isAfter(in.end().plusMonths(2))) {
                    continue;
                }
                long total = Math.max(1, in.start().until(in.end(), java.time.temporal.ChronoUnit.MONTHS) + 1);
                double planned = 100.0 * (in.start().until(m, java.time.temporal.ChronoUnit.MONTHS) + 1) / total;
                progress[j] = Math.min(100, Math.max(progress[j], Math.min(planned, progress[j] + 100.0 / total * (0.4 + step))));
                if (!write || report > 0.7) {
                    continue;
                }
                double pct = Math.floor(progress[j]);
                String status = pct >= 100 ? "done" : pct == 0 ? "not-started"
                        : planned - pct > 20 ? STATUSES_BEHIND[1] : planned - pct > 10 ? STATUSES_BEHIND[0] : "on-track";
                Map<String, String> row = new TreeMap<>();
                row.put("scorecard", u.id);
                row.put("initiative", in.id());
                row.put("period", m.toString());
                row.put("value", String.valueOf((int) pct));
                row.put("status", status);
                if (comment < 0.1) {
                    row.put("comment", status.equals("late") ? "Forsinket; venter på leverandør" : "Følger planen");
                }
                rows.add(row);
            }
            if (!write) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            if (style == 3) {
                b.append('\uFEFF');
            }
            b.append(String.join(";", header)).append(style == 2 ? "\r\n" : "\n");
            for (Map<String, String> row : rows) {
                for (int c = 0; c < header.length; c++) {
                    if (c > 0) {
                        b.append(';');
                    }
                    b.append(csv(row.getOrDefault(header[c].toLowerCase(Locale.ROOT), "")));
                }
                b.append(style == 2 ? "\r\n" : "\n");
            }
            file("model/data/" + m.getYear() + "/" + m + "-" + u.id + ".csv", b.toString());
            dataFiles++;
            dataRows += rows.size();
        }
    }

    /** The figure of a reported KPI for a month: around its target, drifting slowly, with seasons. */
    private Double value(Unit u, K k, YearMonth m, double noise, Map<String, Double> level, Map<String, Double> now) {
        Tpl t = k.tpl;
        double v;
        if (t == CASES_CLOSED) {
            Double cases = now.get("cases");
            if (cases == null) {
                return null;
            }
            v = Math.min(cases, cases * (0.9 + 0.04 * noise));
        } else if (t == INCIDENTS) {
            v = noise > 1.6 ? 2 : noise > 0.9 ? 1 : 0;
        } else if (t == BUDGET) {
            v = k.target * 1.2 * noise;
        } else {
            double base = k.target != null && k.target != 0 ? k.target : t.base() * (t.scaled() ? u.scale : 1);
            double drift = level.merge(t.id(), 0.2 * noise * t.sd(), (a, d) -> a * 0.9 + d);
            double season = (t.id().equals("sick-leave") || t.id().equals("overtime")) && (m.getMonthValue() == 1 || m.getMonthValue() == 2) ? 0.15
                    : m.getMonthValue() == 7 ? -0.1 : 0;
            double aim = t.higher() ? 0.99 : 1.01; // a little on the wrong side: some yellow and red
            v = base * (aim + season + drift + noise * t.sd());
            if (t.unit().equals("percent")) {
                v = Math.max(0, Math.min(100, v));
            } else if (t.unit().equals("score")) {
                v = Math.max(1, Math.min(t.id().equals("user-satisfaction") ? 6 : 5, v));
            } else {
                v = Math.max(t.decimals() == 0 ? 1 : 0, v);
            }
        }
        v = round(v, t.decimals());
        now.put(t.id(), v);
        return v;
    }

    private static String periodText(Freq f, YearMonth m, int pick) {
        boolean own = pick % 5 < 3; // mostly 2024-Q2, sometimes the month that ends it
        return switch (f) {
            case MONTHLY -> m.toString();
            case QUARTERLY -> own ? m.getYear() + "-Q" + (m.getMonthValue() / 3) : m.toString();
            case HALF -> own ? m.getYear() + "-H" + (m.getMonthValue() / 6) : m.toString();
            case YEARLY -> own ? String.valueOf(m.getYear()) : m.toString();
        };
    }

    /** As coordinators write numbers: decimal comma, thousands with a space for kroner and big counts, a trailing % sometimes. */
    /**
     * An owner's forecast for the whole year from a month's value, a few percent off what the
     * month alone says: twelve months' worth for a KPI that sums, the value itself otherwise.
     * Drawn from the row's {@code pick}, so no draw is added and the rest of the data stays as it was.
     */
    private static double forecast(Tpl t, double v, int pick) {
        boolean sums = t.aggregation() != null ? t.aggregation().equals("sum") : List.of("count", "hours", "nok").contains(t.unit());
        return (sums ? v * 12 : v) * (1 + ((pick % 11) - 5) / 100.0);
    }

    private static String number(double v, Tpl t, int pick) {
        String s = decimal(v, t.decimals());
        boolean group = t.unit().equals("nok") || Math.abs(v) >= 10_000;
        if (group) {
            s = groupThousands(s);
        }
        if (t.unit().equals("percent") && pick % 7 == 0) {
            s += " %";
        }
        return s;
    }

    private static String decimal(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v).replace('.', ',');
    }

    private static String groupThousands(String s) {
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        int comma = digits.indexOf(',');
        String whole = comma < 0 ? digits : digits.substring(0, comma);
        String frac = comma < 0 ? "" : digits.substring(comma);
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                g.append(' ');
            }
            g.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + g + frac;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        double r = Math.round(v * f) / f;
        return r == 0 ? 0 : r; // no -0
    }

    private static String yamlNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s;
    }

    private static String csv(String s) {
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A YAML double-quoted scalar. */
    private static String q(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void file(String relative, String text) {
        try {
            Path p = out.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            files++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
