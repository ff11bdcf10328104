package no.scorebake.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last successful build into an output folder read and wrote: the fingerprint of its
 * inputs and every file with its size and modification time. Kept in the project's
 * {@code .scorebake/builds/} (not in the site, which must hold only the site), one file per
 * output folder. A build whose inputs have the same fingerprint, into a folder whose files are
 * all still as that build left them, has nothing to do.
 */
final class LastBuild {

    private static final Logger LOG = LoggerFactory.getLogger(LastBuild.class);

    private final Path record;
    private final Path target;

    private LastBuild(Path record, Path target) {
        this.record = record;
        this.target = target;
    }

    /** The record of builds of {@code project} into {@code target}. */
    static LastBuild of(Path project, Path target) {
        Path t = target.toAbsolutePath().normalize();
        String key = HexFormat.of().formatHex(InputFingerprint.sha256().digest(t.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        return new LastBuild(project.resolve(".scorebake").resolve("builds").resolve(key + ".txt"), t);
    }

    /** What the last build left: the key of each month's pages, and each file's size and time. */
    static final class Earlier {
        private final Path target;
        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, long[]> files = new HashMap<>();
        private String inputs;
        private boolean damaged;

        private Earlier(Path target) {
            this.target = target;
        }

        /**
         * Whether the last build had inputs {@code fingerprint} and its files are all still there,
         * unchanged in size and time (a reader's stray file beside them does not matter).
         */
        boolean upToDate(String fingerprint) {
            return fingerprint != null && fingerprint.equals(inputs) && !damaged && !files.isEmpty()
                    && files.keySet().stream().allMatch(this::intact);
        }

        /** Whether the last build baked {@code month}'s pages from inputs with this key. */
        boolean same(YearMonth month, String key) {
            return key != null && key.equals(keys.get(month.toString()));
        }

        /** Whether {@code relative} is still the file the last build left (same size and time). */
        boolean intact(String relative) {
            long[] known = files.get(relative);
            if (known == null) {
                return false;
            }
            try {
                BasicFileAttributes a = Files.readAttributes(target.resolve(relative), BasicFileAttributes.class);
                return a.isRegularFile() && a.size() == known[0] && a.lastModifiedTime().toMillis() == known[1];
            } catch (IOException e) {
                LOG.debug("{} is not as the last build left it", relative, e);
                return false;
            }
        }
    }

    /** What the last build left (nothing, when there is no record of one). */
    Earlier earlier() {
        Earlier e = new Earlier(target);
        List<String> lines;
        try {
            lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            LOG.debug("no record of an earlier build in {}", record, ex);
            return e;
        }
        for (String line : lines) {
            if (line.startsWith("inputs ")) {
                e.inputs = line.substring("inputs ".length());
                continue;
            }
            String[] f = line.split(" ", 3);
            if (f.length < 3) {
                e.damaged = true;
                continue;
            }
            try {
                if (f[0].equals("key")) {
                    e.keys.put(f[1], f[2]);
                } else {
                    e.files.put(f[2], new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
                }
            } catch (NumberFormatException ex) {
                e.damaged = true; // that file is not known, so the site cannot be vouched for as a whole
                LOG.debug("damaged line in {}: {}", record, line, ex);
            }
        }
        return e;
    }

    /** Forgets the last build, before its output starts to change. */
    void forget() throws IOException {
        Files.deleteIfExists(record);
    }

    /** Records a successful build of {@code files} (relative to the output folder) from {@code fingerprint}. */
    void save(String fingerprint, Set<String> files, Map<YearMonth, String> keys) throws IOException {
        if (fingerprint == null) {
            return;
        }
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        StringBuilder text = new StringBuilder("inputs ").append(fingerprint).append('\n');
        for (Map.Entry<YearMonth, String> k : keys.entrySet()) {
            text.append("key ").append(k.getKey()).append(' ').append(k.getValue()).append('\n');
        }
        for (String f : sorted) {
            BasicFileAttributes a = Files.readAttributes(target.resolve(f), BasicFileAttributes.class);
            text.append(a.size()).append(' ').append(a.lastModifiedTime().toMillis()).append(' ').append(f).append('\n');
        }
        Files.createDirectories(record.getParent());
        Path temporary = record.resolveSibling(record.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

}
