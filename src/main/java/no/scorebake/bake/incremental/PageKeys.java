package no.scorebake.bake.incremental;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.scorebake.load.YamlNode;
import no.scorebake.model.Project;
import no.scorebake.model.Scorecard;
import no.scorebake.status.Score;

/**
 * The keep decision of one bake: the key of each month's pages ({@link PeriodKeys}) and of each
 * page keyed by what it shows, and whether the record of the last build ({@link LastBuild})
 * vouches that a page would come out the same, so that its file may be kept instead of rendered.
 * A page is kept only when both hold: its key equals the one the record holds for it, and every
 * one of its files is still as that build left it (same size and time). Without a key of the
 * undated inputs ({@code fixed} null: scorebake cannot tell which code it runs) or without a
 * record, nothing is kept. Safe to call from many threads.
 */
public final class PageKeys {

    private final String fixed;
    /** The key of the undated inputs but the scorecard files, which {@link #units} keys unit by unit. */
    private final String shared;
    /** The key of the scorecard files each unit draws on ({@link UnitInputs}), by unit id. */
    private final Map<String, String> units;
    private final LastBuild.Earlier earlier;
    private final Map<YearMonth, byte[]> dated;
    private final Map<YearMonth, String> months;
    private final YearMonth lastMonth;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    /**
     * The keys of {@code project}'s pages for {@code months} (oldest first), from {@code fixed}
     * (the key of the undated inputs, {@link InputFingerprint.Fingerprints#fixed}), compared with
     * the record {@code earlier} (null: keep nothing).
     */
    public PageKeys(String fixed, Project project, List<YearMonth> months, LastBuild.Earlier earlier) {
        this(fixed, null, Map.of(), project, months, earlier);
    }

    private PageKeys(String fixed, String shared, Map<String, String> units, Project project, List<YearMonth> months,
            LastBuild.Earlier earlier) {
        this.fixed = fixed;
        this.shared = shared;
        this.units = units;
        this.earlier = earlier;
        this.dated = PeriodKeys.dated(project, months);
        this.months = PeriodKeys.of(fixed, dated);
        this.lastMonth = months.isEmpty() ? null : months.get(months.size() - 1);
    }

    /**
     * The keys of {@code project}'s pages for {@code months} (oldest first), from the
     * fingerprints {@code prints} of its inputs (null: keep nothing) and the YAML trees of its
     * load ({@code trees}, by path), compared with the record {@code earlier} (null: keep nothing).
     * The undated inputs are taken by their meaning ({@link YamlMeaning}); a unit's pages that
     * ask by unit are keyed by the scorecard files that unit draws on ({@link UnitInputs}) rather
     * than all of them.
     */
    public static PageKeys of(InputFingerprint.Fingerprints prints, Map<String, YamlNode> trees, Project project, List<YearMonth> months,
            LastBuild.Earlier earlier) {
        if (prints == null) {
            return new PageKeys(null, project, months, earlier);
        }
        Map<String, byte[]> meanings = YamlMeaning.of(trees);
        Map<String, byte[]> scorecards = new HashMap<>();
        for (Scorecard card : project.scorecards().values()) {
            byte[] file = prints.yaml(card.path(), meanings);
            if (file != null) {
                scorecards.put(card.path(), file);
            }
        }
        return new PageKeys(prints.fixed(meanings), prints.fixed(meanings, scorecards.keySet()),
                UnitInputs.of(project, trees, scorecards), project, months, earlier);
    }

    /**
     * Each unit's overall score in the months whose inputs the record vouches for, as the last
     * build computed them: the input the status engine takes instead of rolling those months up
     * again ({@link no.scorebake.status.StatusEngine#computeAll(List, Map)}).
     */
    public Map<YearMonth, Map<String, Score>> recordedScores() {
        Map<YearMonth, Map<String, Score>> recorded = new LinkedHashMap<>();
        if (earlier != null) {
            months.forEach((month, key) -> {
                Map<String, Score> scores = earlier.scores(month, key);
                if (!scores.isEmpty()) {
                    recorded.put(month, scores);
                }
            });
        }
        return recorded;
    }

    /**
     * The size and time the last build recorded for each of {@code paths}, the files that show
     * {@code month}, when that build made them from inputs with this month's key and every one
     * is still as it left it; null when they must be rendered again.
     */
    public long[][] month(YearMonth month, String... paths) {
        if (earlier == null || !earlier.same(month, months.get(month))) {
            return null;
        }
        return asLeft(paths);
    }

    /**
     * The size and time the last build recorded for {@code paths}, the files of {@code unit}'s
     * page of {@code month}, when it made them from the same inputs: the month's dated inputs,
     * the undated ones but the scorecards, the scorecards the unit draws on ({@link UnitInputs})
     * and {@code shown}, the text of all else the page shows of other units (its parent's score);
     * and every file is still as it left it. Null when they must be rendered again. Without a
     * key of the unit's inputs, the month's own key decides ({@link #month}).
     */
    public long[][] month(YearMonth month, String unit, String shown, String... paths) {
        String inputs = units.get(unit);
        byte[] chain = dated.get(month);
        if (shared == null || inputs == null || chain == null) {
            return month(month, paths);
        }
        MessageDigest sha = InputFingerprint.sha256();
        sha.update(("unit month\n" + shared + "\n" + inputs + "\n" + HexFormat.of().formatHex(chain) + "\n" + unit + "\n")
                .getBytes(StandardCharsets.UTF_8));
        sha.update(shown.getBytes(StandardCharsets.UTF_8));
        String key = HexFormat.of().formatHex(sha.digest());
        pages.put(paths[0], key);
        return vouched(paths, key);
    }

    /**
     * As {@link #page(String, String, String)} for a page of {@code unit}: keyed by the undated
     * inputs but the scorecards, and the scorecards the unit draws on, so another unit's changed
     * scorecard leaves its key as it is.
     */
    public String page(String unit, String template, String path, String text) {
        String inputs = units.get(unit);
        if (shared == null || inputs == null) {
            return page(template, path, text);
        }
        return key("unit " + unit + "\n" + shared + "\n" + inputs, template, path, text);
    }

    /**
     * The key of the page {@code path}, a hash of the undated inputs, the template, the path and
     * {@code text} (everything the page's model holds, in full, {@link CanonicalText}), recorded
     * for the next build; null when there is no key of the undated inputs, and the page is
     * rendered.
     */
    public String page(String template, String path, String text) {
        if (fixed == null) {
            return null; // which scorebake made the file is not known: render it
        }
        return key(fixed, template, path, text);
    }

    private String key(String inputs, String template, String path, String text) {
        MessageDigest sha = InputFingerprint.sha256();
        sha.update((inputs + "\n" + template + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        String key = HexFormat.of().formatHex(sha.digest());
        pages.put(path, key);
        return key;
    }

    /**
     * The size and time the last build recorded for the page {@code path}, when it recorded the
     * same {@code key} for it ({@link #page}) and the file is still as it left it; null when the
     * page must be rendered again.
     */
    public long[][] vouched(String path, String key) {
        return vouched(new String[] {path}, key);
    }

    /** As {@link #vouched(String, String)} for the files {@code paths}, whose key is recorded by the first. */
    private long[][] vouched(String[] paths, String key) {
        if (key == null || earlier == null || !earlier.samePage(paths[0], key)) {
            return null;
        }
        return asLeft(paths);
    }

    private long[][] asLeft(String... paths) {
        long[][] asLeft = new long[paths.length][];
        for (int i = 0; i < paths.length; i++) {
            asLeft[i] = earlier.asLeft(paths[i]);
            if (asLeft[i] == null) {
                return null;
            }
        }
        return asLeft;
    }

    /**
     * The key of the whole site with {@code current} as the current month: a hash of the
     * undated inputs and of every dated one up to {@code current} (the last month's key, which
     * chains all before it), and of {@code current} itself. Every page of the site is made from
     * these alone (nothing dated after the current month is shown), so equal keys, equal sites;
     * null when there is no key of the undated inputs.
     */
    public String site(YearMonth current) {
        if (fixed == null) {
            return null;
        }
        String last = months.isEmpty() ? "" : months.get(lastMonth);
        MessageDigest sha = InputFingerprint.sha256();
        sha.update(("site\n" + fixed + "\ncurrent " + current + "\n" + last).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The key of each month's pages, for the record of this build. */
    public Map<YearMonth, String> months() {
        return Collections.unmodifiableMap(months);
    }

    /** The key of each page keyed by what it shows, by path, for the record of this build. */
    public Map<String, String> pages() {
        return Collections.unmodifiableMap(pages);
    }
}
