package no.scorebake.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.scorebake.model.Language;
import no.scorebake.model.Site;
import no.scorebake.model.Thresholds;
import no.scorebake.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads {@code model/site.yaml}; {@link ThemeParams} and {@link AccessibilityStatement} check two of its settings. */
final class SiteReader {

    private static final Logger LOG = LoggerFactory.getLogger(SiteReader.class);

    private static final Set<String> KEYS = YamlFields.keys("title", "language", "period", "thresholds", "theme",
            "theme-params", "accessibility-statement", "base-url", "reports");
    private static final Set<String> THRESHOLD_KEYS = YamlFields.keys("green", "yellow");

    private SiteReader() {
    }

    /** Reads site.yaml of the project in {@code projectRoot}; the theme it names must be a folder under themes/ (or "default"). */
    static Site read(YamlNode root, Path projectRoot, Problems problems) {
        YamlNode.Mapping map = YamlFields.mapping(root, problems, "site.yaml");
        if (map == null) {
            return null;
        }
        YamlFields f = new YamlFields(map, problems, "site.yaml", KEYS);
        String title = f.requiredText("title");
        String tag = f.text("language");
        Language language = tag == null ? Language.NB : Language.byTag(tag);
        if (language == null) {
            problems.error(f.pos("language"), "unknown language '" + tag + "' — known: " + Language.tags());
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
        } else if (!theme.equals("default") && !Files.isDirectory(projectRoot.resolve("themes").resolve(theme))) {
            problems.error(f.pos("theme"), "theme '" + theme + "' has no folder themes/" + theme + "/; the themes here are: "
                    + String.join(", ", themes(projectRoot)) + " (remove 'theme:' to use the default theme)");
            theme = "default";
        }
        String reports = f.text("reports");
        boolean pdf = false;
        if (reports != null) {
            pdf = reports.equals("pdf");
            if (!pdf && !reports.equals("none")) {
                problems.error(f.pos("reports"), "reports '" + reports + "' is not a kind of report; write 'reports: pdf' for each unit's"
                        + " monthly report as PDF, or 'reports: none' (the default)");
            }
        }
        String statement = f.text("accessibility-statement");
        if (statement != null && !AccessibilityStatement.valid(statement)) {
            problems.error(f.pos("accessibility-statement"), "accessibility-statement '" + statement + "' is "
                    + AccessibilityStatement.why(statement));
            statement = null;
        }
        Map<String, String> params = f.has("theme-params") ? ThemeParams.read(f.node("theme-params"), problems) : Map.of();
        return new Site(title, language, period, thresholds == null ? Thresholds.DEFAULT : thresholds, theme, params, statement,
                baseUrl(f, problems), pdf);
    }


    /**
     * The site's published address ({@code base-url:}), ending in a slash, or null when none is
     * given: an absolute http or https address without query or fragment, so the feeds can make
     * their links absolute for a feed reader that does not resolve relative ones.
     */
    private static String baseUrl(YamlFields f, Problems problems) {
        String text = f.text("base-url");
        if (text == null) {
            return null;
        }
        URI uri = null;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            LOG.debug("base-url {} does not parse", text, e);
        }
        if (uri == null || uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.error(f.pos("base-url"), "base-url '" + text + "' is not an absolute http or https address;"
                    + " write the address the site is published at, e.g. https://intranett.example.no/malstyring/");
            return null;
        }
        String url = uri.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    /** The themes a project can name: "default", built in, and every folder under themes/. */
    private static TreeSet<String> themes(Path projectRoot) {
        TreeSet<String> names = new TreeSet<>(Set.of("default"));
        try (Stream<Path> folders = Files.list(projectRoot.resolve("themes"))) {
            folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(names::add);
        } catch (IOException e) {
            // No themes/ folder (or none that can be listed): the built-in theme is the only one.
            LOG.debug("cannot list the themes of {}", projectRoot, e);
        }
        return names;
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
