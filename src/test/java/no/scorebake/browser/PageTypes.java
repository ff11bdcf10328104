package no.scorebake.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One page of each kind a baked site has, found by its address alone, so pages added later
 * (survey results) are covered as soon as they exist. Of several pages of a kind the largest
 * is taken: it has the most of what can go wrong.
 */
final class PageTypes {

    /** Kind of page → pattern of its address relative to the site, in the order they are visited. */
    static final Map<String, Pattern> KINDS = kinds();

    private PageTypes() {
    }

    private static Map<String, Pattern> kinds() {
        Map<String, Pattern> k = new LinkedHashMap<>();
        k.put("entry", Pattern.compile("index\\.html"));
        k.put("scorecard", Pattern.compile("[^/]+/index\\.html"));
        k.put("scorecard-period", Pattern.compile("[^/]+/\\d{4}-\\d{2}/index\\.html"));
        k.put("periods", Pattern.compile("[^/]+/periods\\.html"));
        k.put("map", Pattern.compile("[^/]+/map\\.html"));
        k.put("kpi", Pattern.compile("[^/]+/kpi/[^/]+\\.html"));
        k.put("initiatives", Pattern.compile("[^/]+/initiatives\\.html"));
        k.put("hierarchy", Pattern.compile("[^/]+/hierarchy\\.html"));
        k.put("compare", Pattern.compile("[^/]+/compare\\.html"));
        k.put("compare-period", Pattern.compile("[^/]+/\\d{4}-\\d{2}/compare\\.html"));
        k.put("ranking", Pattern.compile("[^/]+/compare/[^/]+\\.html"));
        k.put("deviations", Pattern.compile("reports/deviations\\.html"));
        k.put("changes", Pattern.compile("reports/changes\\.html"));
        k.put("missing", Pattern.compile("reports/missing\\.html"));
        k.put("unit-deviations", Pattern.compile("(?!reports/)[^/]+/deviations\\.html"));
        k.put("unit-changes", Pattern.compile("(?!reports/)[^/]+/changes\\.html"));
        k.put("search", Pattern.compile("search\\.html"));
        k.put("editorial", Pattern.compile("pages/.+\\.html"));
        k.put("survey", Pattern.compile("surveys/[^/]+/index\\.html"));
        return k;
    }

    /** Kind → address (with '/') of the largest page of that kind; kinds the site lacks are left out. */
    static Map<String, String> of(Path site) {
        List<String> pages = pages(site);
        Map<String, String> found = new LinkedHashMap<>();
        KINDS.forEach((kind, pattern) -> pages.stream()
                .filter(p -> pattern.matcher(p).matches())
                .max(Comparator.<String>comparingLong(p -> size(site.resolve(p))).thenComparing(Comparator.reverseOrder()))
                .ifPresent(p -> found.put(kind, p)));
        return found;
    }

    static List<String> pages(Path site) {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
