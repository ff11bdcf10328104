package no.scorebake.load;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;
import no.scorebake.model.Language;
import no.scorebake.model.Site;
import no.scorebake.model.Thresholds;

/** Reads {@code model/site.yaml}. */
final class SiteReader {

    private static final Set<String> KEYS = YamlFields.keys("title", "language", "period", "thresholds", "theme");
    private static final Set<String> THRESHOLD_KEYS = YamlFields.keys("green", "yellow");

    private SiteReader() {
    }

    static Site read(YamlNode root, Problems problems) {
        YamlNode.Mapping map = YamlFields.mapping(root, problems, "site.yaml");
        if (map == null) {
            return null;
        }
        YamlFields f = new YamlFields(map, problems, "site.yaml", KEYS);
        String title = f.requiredText("title");
        String tag = f.text("language");
        Language language = tag == null ? Language.NB : Language.byTag(tag);
        if (language == null) {
            problems.error(f.pos("language"), "unknown language '" + tag + "' — valid: nb, en");
            language = Language.NB;
        }
        YearMonth period = null;
        String p = f.text("period");
        if (p != null) {
            period = Periods.month(p);
            if (period == null) {
                problems.error(f.pos("period"), "period '" + p + "' is not a month; write it as 2005-08");
            } else if (Periods.outsideYears(no.scorebake.model.Period.month(period)) != null) {
                problems.error(f.pos("period"), Periods.outsideYears(no.scorebake.model.Period.month(period)));
                period = null;
            }
        }
        Thresholds thresholds = f.has("thresholds") ? thresholds(f.node("thresholds"), problems, "thresholds of site.yaml") : Thresholds.DEFAULT;
        String theme = f.text("theme");
        if (theme == null) {
            theme = "default";
        } else if (!YamlFields.ID.matcher(theme).matches()) {
            problems.error(f.pos("theme"), "theme '" + theme + "' is not a folder name under themes/: " + YamlFields.ID_RULE);
            theme = "default";
        }
        return new Site(title, language, period, thresholds == null ? Thresholds.DEFAULT : thresholds, theme);
    }

    /** Reads {@code {green: 100, yellow: 90}}; both are required and green may not be below yellow. */
    static Thresholds thresholds(YamlNode node, Problems problems, String what) {
        YamlNode.Mapping map = YamlFields.mapping(node, problems, what);
        if (map == null) {
            return null;
        }
        YamlFields f = new YamlFields(map, problems, what, THRESHOLD_KEYS);
        BigDecimal green = f.has("green") ? f.number("green") : missing(problems, f, what, "green");
        BigDecimal yellow = f.has("yellow") ? f.number("yellow") : missing(problems, f, what, "yellow");
        if (green == null || yellow == null) {
            return null;
        }
        if (yellow.signum() < 0) {
            problems.error(f.pos("yellow"), what + ": yellow " + yellow.toPlainString() + " is below 0; thresholds are percent of target");
            return null;
        }
        if (green.compareTo(yellow) < 0) {
            problems.error(f.pos("green"), what + " are inverted: green " + green.toPlainString()
                    + " is below yellow " + yellow.toPlainString() + "; green must be at least yellow");
            return null;
        }
        return new Thresholds(green, yellow);
    }

    private static BigDecimal missing(Problems problems, YamlFields f, String what, String key) {
        problems.error(f.pos(), what + " has no '" + key + "'; give both green and yellow, e.g. { green: 100, yellow: 90 }");
        return null;
    }
}
