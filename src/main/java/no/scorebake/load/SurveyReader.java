package no.scorebake.load;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.scorebake.model.Kpi;
import no.scorebake.model.KpiKey;
import no.scorebake.model.KpiUnit;
import no.scorebake.model.Measurement;
import no.scorebake.model.Organisation;
import no.scorebake.model.Period;
import no.scorebake.model.Pos;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Survey;
import no.scorebake.model.SurveyFeed;
import no.scorebake.model.SurveyMeasure;
import no.scorebake.model.SurveyQuestion;
import no.scorebake.model.SurveyScale;
import no.scorebake.model.SurveyTheme;
import no.scorebake.model.SurveyWave;
import no.scorebake.model.Unit;
import no.scorebake.problem.Problems;
import no.scorebake.problem.SourceFile;

/**
 * Reads {@code model/surveys/}: each {@code <survey>.yaml} definition with its feeds, and the
 * response files of {@code <survey>/<month>.csv} (read by {@link SurveyResponseReader}). Feeds
 * are checked against the scorecards here, since a fed KPI takes its values from nowhere else:
 * an unknown KPI, a KPI fed twice, a fed formula or roll-up KPI and, once the uploads are read,
 * a data row for a fed KPI are all errors.
 */
public final class SurveyReader {

    /** min-group when a definition leaves it out: the usual threshold of Norwegian employee surveys. */
    public static final int DEFAULT_MIN_GROUP = 5;

    private static final Set<String> KEYS = YamlFields.keys("name", "scale", "min-group", "themes", "feeds");
    private static final Set<String> SCALE_KEYS = YamlFields.keys("min", "max", "favourable");
    private static final Set<String> THEME_KEYS = YamlFields.keys("id", "name", "questions");
    private static final Set<String> QUESTION_KEYS = YamlFields.keys("id", "text");
    private static final Set<String> FEED_KEYS = YamlFields.keys("theme", "question", "measure", "scorecard", "kpi", "unit");

    private final Path root;
    private final Organisation organisation;
    private final Map<String, Scorecard> scorecards;
    private final Problems problems;
    private final Map<Path, byte[]> read;
    private final YamlTrees trees;
    /** Every fed KPI and where its feed is written, to report a KPI fed twice and data rows for fed KPIs. */
    private final Map<KpiKey, Pos> fed = new HashMap<>();

    public SurveyReader(Path root, Organisation organisation, Map<String, Scorecard> scorecards, Problems problems) {
        this(root, organisation, scorecards, Map.of(), null, problems);
    }

    /** As the other, with the bytes of files already read and the YAML trees kept by earlier builds (see {@link ProjectLoader#load(Path, Map, YamlTrees)}). */
    SurveyReader(Path root, Organisation organisation, Map<String, Scorecard> scorecards, Map<Path, byte[]> read, YamlTrees trees,
                 Problems problems) {
        this.root = root;
        this.organisation = organisation;
        this.scorecards = scorecards;
        this.read = read;
        this.trees = trees;
        this.problems = problems;
    }

    /** Every survey of the folder, in order of file name; none when the folder does not exist. */
    public List<Survey> readAll(Path folder) {
        List<Path> entries = SourceFile.list(root, folder, problems);
        Map<String, Path> definitions = new LinkedHashMap<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            String rel = SourceFile.relative(root, p);
            if (name.startsWith(".") || Files.isDirectory(p)) {
                continue;
            }
            if (name.endsWith(".yml")) {
                problems.error(Pos.of(rel), "survey definitions end in .yaml; rename it to " + name.substring(0, name.length() - 4) + ".yaml");
            } else if (!name.endsWith(".yaml")) {
                problems.warning(Pos.of(rel), "'" + name + "' is not read; model/surveys/ holds <survey>.yaml definitions and <survey>/ folders of responses");
            } else {
                String id = name.substring(0, name.length() - ".yaml".length());
                if (!YamlFields.ID.matcher(id).matches()) {
                    problems.error(Pos.of(rel), "'" + id + "' is not a valid survey id (the file name): " + YamlFields.ID_RULE);
                } else {
                    definitions.put(id, p);
                }
            }
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p) && !name.startsWith(".") && !definitions.containsKey(name)) {
                problems.error(Pos.of(SourceFile.relative(root, p)), "responses for unknown survey '" + name
                        + "'; there is no model/surveys/" + name + ".yaml — " + Choices.known(definitions.keySet(), name));
            }
        }
        List<Survey> surveys = new ArrayList<>();
        for (Map.Entry<String, Path> d : definitions.entrySet()) {
            Survey s = survey(d.getKey(), d.getValue(), folder.resolve(d.getKey()));
            if (s != null) {
                surveys.add(s);
            }
        }
        return List.copyOf(surveys);
    }

    /** A data row for a fed KPI is an error, as for formula and roll-up KPIs: the survey is its only source. */
    public void checkDataRows(List<Measurement> measurements) {
        for (Measurement m : measurements) {
            Pos feed = fed.get(m.kpi());
            if (feed != null) {
                problems.error(m.pos(), "KPI '" + m.kpi().kpi() + "' of scorecard " + m.kpi().unit() + " is fed by a survey (" + feed
                        + "); it takes no rows from data files — remove this row");
            }
        }
    }

    private Survey survey(String id, Path file, Path responses) {
        String rel = SourceFile.relative(root, file);
        YamlNode node = ProjectLoader.parse(root, file, read.get(file), trees, problems);
        if (node == null) {
            return null;
        }
        YamlNode.Mapping map = YamlFields.mapping(node, problems, "a survey file");
        if (map == null) {
            return null;
        }
        String what = "survey '" + id + "'";
        YamlFields f = new YamlFields(map, problems, what, KEYS);
        String name = f.requiredText("name");
        SurveyScale scale = f.has("scale") ? scale(f.node("scale"), what) : null;
        if (!f.has("scale")) {
            problems.error(f.pos(), what + " has no 'scale'; write it as scale: { min: 1, max: 5, favourable: 4 }");
        }
        int minGroup = f.has("min-group") ? wholeNumber(f, "min-group", what, 1) : DEFAULT_MIN_GROUP;
        List<SurveyTheme> themes = themes(f, what);
        if (name == null || scale == null || minGroup < 1 || themes.isEmpty()) {
            return null;
        }
        Survey shape = new Survey(id, rel, name, scale, minGroup, themes, List.of(), List.of());
        List<SurveyFeed> feeds = feeds(f, shape);
        List<SurveyWave> waves = new SurveyResponseReader(root, organisation, shape, problems).readAll(responses);
        checkWavesPerPeriod(shape, feeds, waves);
        return new Survey(id, rel, name, scale, minGroup, themes, feeds, waves);
    }

    private SurveyScale scale(YamlNode node, String what) {
        YamlNode.Mapping map = YamlFields.mapping(node, problems, "scale of " + what);
        if (map == null) {
            return null;
        }
        String scaleWhat = "the scale of " + what;
        YamlFields f = new YamlFields(map, problems, scaleWhat, SCALE_KEYS);
        for (String key : List.of("min", "max", "favourable")) {
            if (!f.has(key)) {
                problems.error(f.pos(), scaleWhat + " has no '" + key + "'; write it as { min: 1, max: 5, favourable: 4 }");
            }
        }
        int min = f.has("min") ? wholeNumber(f, "min", scaleWhat, Integer.MIN_VALUE) : Integer.MIN_VALUE;
        int max = f.has("max") ? wholeNumber(f, "max", scaleWhat, Integer.MIN_VALUE) : Integer.MIN_VALUE;
        int favourable = f.has("favourable") ? wholeNumber(f, "favourable", scaleWhat, Integer.MIN_VALUE) : Integer.MIN_VALUE;
        if (min == Integer.MIN_VALUE || max == Integer.MIN_VALUE || favourable == Integer.MIN_VALUE) {
            return null;
        }
        if (max <= min) {
            problems.error(f.pos("max"), scaleWhat + ": max " + max + " must be above min " + min);
            return null;
        }
        if (favourable < min || favourable > max) {
            problems.error(f.pos("favourable"), scaleWhat + ": favourable " + favourable + " is outside the scale " + min + "-" + max);
            return null;
        }
        return new SurveyScale(min, max, favourable);
    }

    /** A whole number of at least {@code least}; Integer.MIN_VALUE (or 0 for min-group) after reporting what is wrong. */
    private int wholeNumber(YamlFields f, String key, String what, int least) {
        BigDecimal n = f.number(key);
        int bad = least == 1 ? 0 : Integer.MIN_VALUE;
        if (n == null) {
            return bad;
        }
        if (n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            problems.error(f.pos(key), "'" + key + "' of " + what + " is " + n.toPlainString() + "; it must be a whole number");
            return bad;
        }
        int v = n.intValueExact();
        if (v < least) {
            problems.error(f.pos(key), "'" + key + "' of " + what + " is " + v + "; it must be at least " + least);
            return bad;
        }
        return v;
    }

    private List<SurveyTheme> themes(YamlFields f, String what) {
        if (!f.has("themes")) {
            problems.error(f.pos(), what + " has no 'themes'; list at least one theme with id, name and questions");
            return List.of();
        }
        List<SurveyTheme> themes = new ArrayList<>();
        Map<String, Pos> themeIds = new HashMap<>();
        Map<String, Pos> questionIds = new HashMap<>();
        for (YamlNode item : YamlFields.items(f.node("themes"), problems, "themes of " + what)) {
            YamlNode.Mapping m = YamlFields.mapping(item, problems, "a theme");
            if (m == null) {
                continue;
            }
            String label = YamlFields.label("theme", m);
            YamlFields t = new YamlFields(m, problems, label, THEME_KEYS);
            String id = t.id("id");
            String name = t.requiredText("name");
            if (id != null && unique(themeIds, id, t.pos("id"), "theme id")) {
                List<SurveyQuestion> questions = questions(t, label, questionIds);
                if (name != null && !questions.isEmpty()) {
                    themes.add(new SurveyTheme(id, name, List.copyOf(questions), t.pos("id")));
                }
            }
        }
        return List.copyOf(themes);
    }

    private List<SurveyQuestion> questions(YamlFields theme, String label, Map<String, Pos> questionIds) {
        if (!theme.has("questions")) {
            problems.error(theme.pos(), label + " has no 'questions'; list them as - { id: q1, text: ... }");
            return List.of();
        }
        List<SurveyQuestion> questions = new ArrayList<>();
        for (YamlNode item : YamlFields.items(theme.node("questions"), problems, "questions of " + label)) {
            YamlNode.Mapping m = YamlFields.mapping(item, problems, "a question");
            if (m == null) {
                continue;
            }
            String qLabel = YamlFields.label("question", m);
            YamlFields q = new YamlFields(m, problems, qLabel, QUESTION_KEYS);
            String id = q.id("id");
            String text = q.requiredText("text");
            if (id != null && id.equalsIgnoreCase("unit")) {
                problems.error(q.pos("id"), "'" + id + "' cannot be a question id: the responses' column 'unit' names the respondent's unit");
                continue;
            }
            if (id != null && unique(questionIds, id.toLowerCase(Locale.ROOT), q.pos("id"), "question id (a column of the responses)")
                    && text != null) {
                questions.add(new SurveyQuestion(id, text, q.pos("id")));
            }
        }
        return questions;
    }

    private boolean unique(Map<String, Pos> seen, String id, Pos pos, String what) {
        Pos earlier = seen.putIfAbsent(id, pos);
        if (earlier != null) {
            problems.error(pos, what + " '" + id + "' is used twice in this survey (also at " + earlier + ")");
            return false;
        }
        return true;
    }

    private List<SurveyFeed> feeds(YamlFields f, Survey survey) {
        List<SurveyFeed> feeds = new ArrayList<>();
        for (YamlNode item : YamlFields.items(f.node("feeds"), problems, "feeds of survey '" + survey.id() + "'")) {
            YamlNode.Mapping m = YamlFields.mapping(item, problems, "a feed");
            if (m == null) {
                continue;
            }
            SurveyFeed feed = feed(new YamlFields(m, problems, "a feed", FEED_KEYS), survey);
            if (feed != null) {
                feeds.add(feed);
            }
        }
        return List.copyOf(feeds);
    }

    private SurveyFeed feed(YamlFields f, Survey survey) {
        boolean ok = true;
        String theme = f.text("theme");
        String question = f.text("question");
        if ((theme == null) == (question == null)) {
            problems.error(f.pos(), theme == null ? "a feed names neither a theme nor a question; give one of them"
                    : "a feed names both theme '" + theme + "' and question '" + question + "'; a feed is for one of them");
            ok = false;
        } else if (theme != null && survey.theme(theme) == null) {
            problems.error(f.pos("theme"), "unknown theme '" + theme + "' — " + Choices.known(survey.themes().stream().map(SurveyTheme::id).toList(), theme));
            ok = false;
        } else if (question != null && survey.questions().stream().noneMatch(q -> q.id().equals(question))) {
            problems.error(f.pos("question"), "unknown question '" + question + "' — "
                    + Choices.known(survey.questions().stream().map(SurveyQuestion::id).toList(), question));
            ok = false;
        }
        SurveyMeasure measure = null;
        String measureText = f.text("measure");
        if (measureText == null) {
            problems.error(f.pos(), "a feed has no 'measure'; write measure: favourable or measure: mean");
            ok = false;
        } else {
            measure = SurveyMeasure.fromKey(measureText);
            if (measure == null) {
                problems.error(f.pos("measure"), "unknown measure '" + measureText + "' — valid: favourable, mean");
                ok = false;
            }
        }
        String unitId = f.text("unit");
        if (unitId != null && organisation.unit(unitId) == null) {
            problems.error(f.pos("unit"), "unknown unit '" + unitId + "' — " + Choices.known(organisation.all().stream().map(Unit::id).toList(), unitId));
            ok = false;
        }
        KpiKey key = kpi(f);
        if (key == null || !ok) {
            return null;
        }
        Kpi kpi = scorecards.get(key.unit()).kpis().get(key.kpi());
        if (kpi.formula() != null || kpi.rollup() != null) {
            problems.error(f.pos("kpi"), "KPI '" + key.kpi() + "' is " + (kpi.formula() != null ? "computed by its formula" : "rolled up from the sub-units")
                    + "; a survey can feed only a KPI that takes its values from data");
            return null;
        }
        Pos earlier = fed.putIfAbsent(key, f.pos());
        if (earlier != null) {
            problems.error(f.pos(), "KPI " + key + " is fed twice (also at " + earlier + "); a KPI takes its value from one feed");
            return null;
        }
        if (measure == SurveyMeasure.FAVOURABLE && kpi.unit() != KpiUnit.PERCENT) {
            problems.warning(f.pos("measure"), "the favourable share is a percentage, but KPI " + key + " is measured in "
                    + kpi.unit().key() + "; did you mean measure: mean?");
        }
        return new SurveyFeed(theme, question, measure, key, unitId == null ? key.unit() : unitId, f.pos());
    }

    /** The fed KPI, or null after reporting why the scorecard or KPI is unknown. */
    private KpiKey kpi(YamlFields f) {
        String unit = f.text("scorecard");
        String kpi = f.text("kpi");
        if (unit == null || kpi == null) {
            problems.error(f.pos(), "a feed needs 'scorecard' (a unit id) and 'kpi' (a KPI id in that scorecard)");
            return null;
        }
        Scorecard card = scorecards.get(unit);
        if (card == null) {
            problems.error(f.pos("scorecard"), organisation.unit(unit) != null
                    ? "unit '" + unit + "' has no scorecard (no model/scorecards/" + unit + ".yaml)"
                    : "unknown scorecard '" + unit + "' — " + Choices.known(scorecards.keySet(), unit));
            return null;
        }
        if (!card.kpis().containsKey(kpi)) {
            problems.error(f.pos("kpi"), "unknown KPI '" + kpi + "' in scorecard " + unit + " — " + Choices.known(card.kpis().keySet(), kpi));
            return null;
        }
        return new KpiKey(unit, kpi);
    }

    /** Two waves that fall in the same period of a fed KPI would give it two values; the later file is the error. */
    private void checkWavesPerPeriod(Survey survey, List<SurveyFeed> feeds, List<SurveyWave> waves) {
        for (SurveyFeed feed : feeds) {
            Kpi kpi = scorecards.get(feed.kpi().unit()).kpis().get(feed.kpi().kpi());
            Map<YearMonth, SurveyWave> byPeriod = new HashMap<>();
            for (SurveyWave w : waves) {
                Period p = Period.containing(kpi.frequency(), w.month());
                SurveyWave earlier = byPeriod.putIfAbsent(p.end(), w);
                if (earlier != null) {
                    problems.error(Pos.line(w.path(), 1), "this survey and " + earlier.path() + " both fall in " + p.label()
                            + ", a single period of the " + kpi.frequency().key() + " KPI " + feed.kpi() + " fed at " + feed.pos()
                            + "; the KPI would get two values");
                }
            }
        }
    }
}
