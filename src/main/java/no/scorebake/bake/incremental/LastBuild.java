package no.scorebake.bake.incremental;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.scorebake.status.Score;
import no.scorebake.status.Status;
import org.apache.commons.numbers.fraction.BigFraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last successful build into an output folder read and wrote: the fingerprint of its
 * inputs, the key of each month's pages ({@link PeriodKeys}) and every unit's overall score that
 * month, the key of each page kept by its own key (a KPI's page, from everything it shows), and
 * every file with its size and modification time. A record without page keys (from an earlier
 * scorebake) only means that no such page is kept the next time. Kept in the project's
 * {@code .scorebake/builds/} (not in the site, which must hold only the site), one file per
 * output folder. A build whose inputs have the same fingerprint, into a folder whose files are
 * all still as that build left them, has nothing to do.
 *
 * <p>A publish keeps its own record ({@link #ofPublished}), of the version it put in place, with
 * the token of that version: a random word written into the version's marker file
 * ({@link VersionMarker}) when it was assembled, and into the record once it is in place.
 * The next publish goes by the record only while the published folder's marker holds that token:
 * after a rollback the folder there is an older version with another token, a publish killed
 * after its swap left no record (it is forgotten before the swap and saved after it), and a
 * folder put there by hand has none or an old one; then every page is rendered. Unlike a folder's
 * identity (device and inode), which Windows and some shares do not give, a file's text can be
 * read wherever the site can, so the record counts on every file system. The token is only in
 * the marker, never in a page, so the pages stay byte for byte what a fresh bake makes.
 */
public final class LastBuild {

    private static final Logger LOG = LoggerFactory.getLogger(LastBuild.class);

    private final Path record;
    private final Path target;
    /** Whether this is the record of a publish, which names the published folder's identity and counts only while that folder is there. */
    private final boolean published;

    private LastBuild(Path record, Path target, boolean published) {
        this.record = record;
        this.target = target;
        this.published = published;
    }

    /** The record of builds of {@code project} into {@code target}. */
    public static LastBuild of(Path project, Path target) {
        return of(project, target, false);
    }

    /**
     * The record of publishes of {@code project} to {@code target} (the published folder, not the
     * one its version is assembled in), apart from that of builds into the same folder.
     */
    public static LastBuild ofPublished(Path project, Path target) {
        return of(project, target, true);
    }

    private static LastBuild of(Path project, Path target, boolean published) {
        Path t = target.toAbsolutePath().normalize();
        String name = (published ? "published " : "") + t;
        String key = HexFormat.of().formatHex(InputFingerprint.sha256().digest(name.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        return new LastBuild(project.resolve(".scorebake").resolve("builds").resolve(key + ".txt"), t, published);
    }

    /** What the last build left: the key of each month's pages, the scores of each month, and each file's size and time. */
    public static final class Earlier {
        private final Path target;
        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, String> pages = new HashMap<>();
        private final Map<String, Map<String, Score>> scores = new HashMap<>();
        private final Map<String, long[]> files = new HashMap<>();
        private String inputs;
        /** The key of everything the site shows ({@link PageKeys#site}). */
        private String site;
        /** The token of the published version the record is of (a publish's record only). */
        private String token;
        private boolean damaged;

        private Earlier(Path target) {
            this.target = target;
        }

        /**
         * Whether the last build had inputs {@code fingerprint} and its files are all still there,
         * unchanged in size and time (a reader's stray file beside them does not matter).
         */
        public boolean upToDate(String fingerprint) {
            return fingerprint != null && fingerprint.equals(inputs) && !damaged && !files.isEmpty()
                    && files.keySet().stream().allMatch(this::intact);
        }

        /**
         * Whether the last build made a site whose key ({@link PageKeys#site}) is {@code key} and
         * its files are all still there, unchanged in size and time: then the site it left is the
         * one a bake would make now, though some input's bytes changed (a comment in the YAML).
         */
        public boolean sameSite(String key) {
            return key != null && key.equals(site) && !damaged && !files.isEmpty() && files.keySet().stream().allMatch(this::intact);
        }

        /** Whether the last build baked {@code month}'s pages from inputs with this key. */
        boolean same(YearMonth month, String key) {
            return key != null && key.equals(keys.get(month.toString()));
        }

        /** Whether the last build recorded {@code key} for the page {@code path} ({@link no.scorebake.page.Output#keep(String, String, String)}). */
        boolean samePage(String path, String key) {
            return key != null && key.equals(pages.get(path));
        }

        /**
         * The overall score of each unit (by id) in {@code month} as the last build computed it,
         * when it baked that month from inputs with this key; none otherwise.
         */
        Map<String, Score> scores(YearMonth month, String key) {
            return same(month, key) ? scores.getOrDefault(month.toString(), Map.of()) : Map.of();
        }

        /** Whether {@code relative} is still the file the last build left (same size and time). */
        public boolean intact(String relative) {
            return asLeft(relative) != null;
        }

        /**
         * The size and time (milliseconds) the last build recorded for {@code relative}, when the
         * file is still so; null when it is not, or the last build did not write it.
         */
        public long[] asLeft(String relative) {
            long[] known = files.get(relative);
            if (known == null) {
                return null;
            }
            try {
                return matches(known, Files.readAttributes(target.resolve(relative), BasicFileAttributes.class)) ? known : null;
            } catch (IOException e) {
                LOG.debug("{} is not as the last build left it", relative, e);
                return null;
            }
        }

        /**
         * Whether {@code there} (a file's attributes now, null when there is none) is as the last
         * build left {@code relative}: the size and time it recorded, or no file where it wrote none.
         */
        public boolean leftAs(String relative, BasicFileAttributes there) {
            long[] known = files.get(relative);
            return known == null ? there == null : there != null && matches(known, there);
        }

        /** Whether a file with attributes {@code a} is the one recorded with {@code known} (size and time). */
        private static boolean matches(long[] known, BasicFileAttributes a) {
            return a.isRegularFile() && a.size() == known[0] && a.lastModifiedTime().toMillis() == known[1];
        }

        /** The size and time the last build recorded for {@code relative}; null when it did not write it. */
        public long[] recorded(String relative) {
            return files.get(relative);
        }

        /**
         * Every file the last build wrote, when the record says so whole: null when there is no
         * record, or a line of it is damaged (a file it wrote may be missing from the list).
         */
        public Set<String> files() {
            return damaged || files.isEmpty() ? null : Collections.unmodifiableSet(files.keySet());
        }
    }

    /** Whether a build into this folder left a record (read or not, whole or damaged). */
    public boolean exists() {
        return Files.isRegularFile(record);
    }

    /**
     * What the last build left (nothing, when there is no record of one); for a publish, nothing
     * either unless the folder at the target is the very version it published (its marker holds
     * the record's token). A record of an earlier scorebake, which named the folder's identity
     * instead, has no token and counts for nothing.
     */
    public Earlier earlier() {
        Earlier e = new Earlier(target);
        String text;
        try {
            text = Files.readString(record, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            LOG.debug("no record of an earlier build in {}", record, ex);
            return e;
        }
        // By hand rather than with split: the record has a line for each of the site's files, tens of thousands.
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            read(e, text, start, lineEnd);
            start = end + 1;
        }
        if (published && (e.token == null || !e.token.equals(VersionMarker.tokenIn(target)))) {
            LOG.debug("{} is not the version the record {} is of", target, record);
            return new Earlier(target);
        }
        return e;
    }

    /** Reads the line {@code text[start, end)}: {@code inputs}, {@code score}, {@code key} or a file's {@code <size> <time> <path>}. */
    private void read(Earlier e, String text, int start, int end) {
        if (text.startsWith("inputs ", start)) {
            e.inputs = text.substring(start + "inputs ".length(), end);
            return;
        }
        if (text.startsWith("site ", start)) {
            e.site = text.substring(start + "site ".length(), end);
            return;
        }
        if (text.startsWith("token ", start)) {
            e.token = text.substring(start + "token ".length(), end);
            return;
        }
        if (text.startsWith("folder ", start)) {
            return; // an earlier scorebake's record of a publish named its folder's identity: without a token it never counts
        }
        if (text.startsWith("score ", start)) {
            readScore(e, text.substring(start, end));
            return;
        }
        int first = text.indexOf(' ', start);
        int second = first < 0 || first >= end ? -1 : text.indexOf(' ', first + 1);
        if (second < 0 || second >= end) {
            e.damaged = true; // fewer than three fields, an empty line too
            return;
        }
        String third = text.substring(second + 1, end);
        if (text.startsWith("key ", start)) {
            e.keys.put(text.substring(first + 1, second), third);
            return;
        }
        if (text.startsWith("page ", start)) {
            e.pages.put(third, text.substring(first + 1, second));
            return;
        }
        try {
            e.files.put(third, new long[] {Long.parseLong(text, start, first, 10), Long.parseLong(text, first + 1, second, 10)});
        } catch (NumberFormatException ex) {
            e.damaged = true; // that file is not known, so the site cannot be vouched for as a whole
            LOG.debug("damaged line in {}: {}", record, text.substring(start, end), ex);
        }
    }

    /**
     * Reads a line {@code score <month> <unit> <numerator>/<denominator> <status>} ({@code -} for
     * no value). A damaged one is left out: that score is then computed again, which is always right.
     */
    private void readScore(Earlier e, String line) {
        String[] f = line.split(" ");
        try {
            if (f.length != 5) {
                throw new IllegalArgumentException("five fields expected");
            }
            BigFraction value = null;
            if (!f[3].equals("-")) {
                int slash = f[3].indexOf('/');
                value = BigFraction.of(new BigInteger(f[3].substring(0, slash)), new BigInteger(f[3].substring(slash + 1)));
            }
            e.scores.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[2], new Score(value, Status.valueOf(f[4])));
        } catch (RuntimeException ex) {
            LOG.debug("damaged score line in {}: {}", record, line, ex);
        }
    }

    /**
     * Takes the inputs with {@code fingerprint} as the last build's, when they differ from its
     * own only in what no page shows ({@link Earlier#sameSite}): the record is otherwise kept
     * as it is, so the next build with these very bytes stops before loading anything.
     */
    public void refresh(String fingerprint) throws IOException {
        if (fingerprint == null || published) {
            return;
        }
        String text = Files.readString(record, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (!text.startsWith("inputs ") || end < 0) {
            return;
        }
        Path temporary = record.resolveSibling(record.getFileName() + ".tmp");
        Files.writeString(temporary, "inputs " + fingerprint + text.substring(end), StandardCharsets.UTF_8);
        Files.move(temporary, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the last build, before its output starts to change. */
    public void forget() throws IOException {
        Files.deleteIfExists(record);
    }

    /**
     * Records a successful build of {@code files} (relative to the output folder) from
     * {@code fingerprint}, with the key of the whole site ({@code site}, none when null), the key of each month and each unit's overall score that month,
     * and the key of each page that has one, by path (lines {@code page <key> <path>}).
     * {@code known} holds the size and time of the files the build can vouch for without asking
     * the disk again (see {@code OutputFolder.known}); the others are read from the disk. The
     * record of a publish also names {@code token}, the token of the version it put in place, and
     * is kept only when the folder now at the target holds it in its marker.
     */
    public void save(String fingerprint, String site, Set<String> files, Map<String, long[]> known, Map<YearMonth, String> keys,
            Map<YearMonth, Map<String, Score>> scores, Map<String, String> pages, String token) throws IOException {
        if (published && (token == null || !token.equals(VersionMarker.tokenIn(target)))) {
            LOG.debug("{} is not the version with token {}; no record of this publish is kept", target, token);
            return;
        }
        if (fingerprint == null) {
            return;
        }
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        StringBuilder text = new StringBuilder(64 * sorted.size() + 1024).append("inputs ").append(fingerprint).append('\n');
        if (site != null) {
            text.append("site ").append(site).append('\n');
        }
        if (published) {
            text.append("token ").append(token).append('\n');
        }
        for (Map.Entry<YearMonth, String> k : keys.entrySet()) {
            text.append("key ").append(k.getKey()).append(' ').append(k.getValue()).append('\n');
        }
        for (Map.Entry<YearMonth, Map<String, Score>> month : scores.entrySet()) {
            for (Map.Entry<String, Score> unit : month.getValue().entrySet()) {
                BigFraction v = unit.getValue().value();
                text.append("score ").append(month.getKey()).append(' ').append(unit.getKey()).append(' ')
                        .append(v == null ? "-" : v.getNumerator() + "/" + v.getDenominator()).append(' ')
                        .append(unit.getValue().status().name()).append('\n');
            }
        }
        for (Map.Entry<String, String> p : pages.entrySet()) {
            if (files.contains(p.getKey())) {
                text.append("page ").append(p.getValue()).append(' ').append(p.getKey()).append('\n');
            }
        }
        for (String f : sorted) {
            long[] a = known.get(f);
            if (a == null) {
                BasicFileAttributes read = Files.readAttributes(target.resolve(f), BasicFileAttributes.class);
                a = new long[] {read.size(), read.lastModifiedTime().toMillis()};
            }
            text.append(a[0]).append(' ').append(a[1]).append(' ').append(f).append('\n');
        }
        Files.createDirectories(record.getParent());
        Path temporary = record.resolveSibling(record.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

}
