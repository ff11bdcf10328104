package no.scorebake.bake.incremental;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.scorebake.problem.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SHA-256 over everything a bake reads: every file under {@code model/}, {@code content/} and
 * {@code themes/} (names and bytes), the options that change the output, and scorebake itself
 * (the jar's size and time). Equal fingerprints mean the same site, which lets a rebuild with
 * nothing changed stop before loading anything.
 *
 * <p>The pages are keyed by another hash, {@link Fingerprints#fixed(Map)}: of the undated inputs
 * only, and of the model's YAML files by their meaning ({@link YamlMeaning}:
 * the parsed tree, without comments, layout or the site's current period) rather than their
 * bytes, so that such an edit changes no page's key.
 */
public final class InputFingerprint {

    private static final Logger LOG = LoggerFactory.getLogger(InputFingerprint.class);

    private static final List<String> FOLDERS = List.of("model", "content", "themes");

    private InputFingerprint() {
    }

    /** Folders of time-indexed input: their content reaches a page only through the data of its period. */
    private static final List<String> DATED = List.of("model/data/", "content/comments/");

    /**
     * The fingerprint {@code all} of every input; {@code undated}, of every input except the
     * dated ones (uploads and notes, which {@link PeriodKeys} takes period by period) and the
     * model's YAML files, whose bytes' SHA-256 is in {@code yaml} by path; and {@code code}, the
     * identity of the scorebake that made them (see {@link #codeIdentity}).
     */
    public record Fingerprints(String all, String undated, Map<String, byte[]> yaml, String code) {

        /**
         * The key of everything undated that the pages show: {@code undated} and each YAML file of
         * the model by its meaning in {@code meanings} (by path), or by its bytes where it has
         * none (a file read with a warning). Equal keys, equal undated inputs to every page.
         */
        public String fixed(Map<String, byte[]> meanings) {
            return fixed(meanings, Set.of());
        }

        /**
         * As {@link #fixed(Map)}, leaving out the YAML files {@code leftOut} (by path): the
         * key of what every page shares, when the pages key the files left out ({@code 
         * model/scorecards/}) each by what they draw on ({@link UnitInputs}).
         */
        public String fixed(Map<String, byte[]> meanings, Set<String> leftOut) {
            MessageDigest sha = sha256();
            update(sha, undated + "\n");
            for (String path : new TreeMap<>(yaml).keySet()) {
                if (!leftOut.contains(path)) {
                    update(sha, path + "\n");
                    sha.update(yaml(path, meanings));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        }

        /**
         * What the model's YAML file {@code path} means ({@code meanings}, by path), or its
         * bytes' hash where it has no meaning (a file read with a warning), each tagged so the
         * two never read alike; null when there is no such file.
         */
        byte[] yaml(String path, Map<String, byte[]> meanings) {
            byte[] bytes = yaml.get(path);
            if (bytes == null) {
                return null;
            }
            byte[] meaning = meanings.get(path);
            MessageDigest sha = sha256();
            update(sha, meaning == null ? "bytes " : "meaning ");
            sha.update(meaning == null ? bytes : meaning);
            return sha.digest();
        }
    }

    /**
     * The fingerprints of the project's inputs together with {@code options} (e.g. the period
     * asked for); null when scorebake cannot tell which code it runs, so nothing is ever skipped.
     */
    public static Fingerprints of(Path project, String options) throws IOException {
        return of(project, options, null);
    }

    /** The model's YAML files, which a load parses into trees ({@link no.scorebake.load.YamlTrees}). */
    private static boolean yaml(String relative) {
        return relative.startsWith("model/") && relative.endsWith(".yaml");
    }

    /** The files a load reads through {@link SourceFile}: the model's YAML and uploads. */
    private static boolean loaded(String relative) {
        return relative.startsWith("model/") && (relative.endsWith(".yaml") || relative.endsWith(".csv"));
    }

    /**
     * As {@link #of(Path, String)}, keeping in {@code keep} (when not null) the bytes of the
     * model's YAML files and CSV uploads by path, so that loading the project right after need
     * not read them again: the inputs are read once per build, and what is loaded is exactly
     * what the fingerprint covers.
     */
    public static Fingerprints of(Path project, String options, Map<Path, byte[]> keep) throws IOException {
        String code = codeIdentity();
        if (code == null) {
            return null;
        }
        MessageDigest sha = sha256();
        MessageDigest fixed = sha256();
        Map<String, byte[]> yaml = new HashMap<>();
        update(sha, "scorebake " + code + "\noptions " + options + "\n");
        update(fixed, "scorebake " + code + "\n"); // the period asked for does not reach a month's pages (PeriodKeys)
        for (String name : FOLDERS) {
            Path folder = project.resolve(name);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(folder)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                String relative = project.relativize(f).toString().replace('\\', '/');
                if (keep != null && loaded(relative) && bytes.length <= SourceFile.MAX_BYTES) { // a larger one is refused unread
                    keep.put(f, bytes);
                }
                update(sha, relative + "\n" + bytes.length + "\n");
                sha.update(bytes);
                if (DATED.stream().anyMatch(relative::startsWith)) {
                    continue;
                }
                if (yaml(relative)) {
                    yaml.put(relative, sha256().digest(bytes));
                } else {
                    update(fixed, relative + "\n" + bytes.length + "\n");
                    fixed.update(bytes);
                }
            }
        }
        return new Fingerprints(HexFormat.of().formatHex(sha.digest()), HexFormat.of().formatHex(fixed.digest()), yaml, code);
    }

    /**
     * The jar (or class folder) this code runs from, by size and time, so a new scorebake rebakes;
     * the preview keeps YAML trees by it too. Null when it cannot be told.
     */
    public static String codeIdentity() {
        try {
            CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path code = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            return "classes " + Files.getLastModifiedTime(code.resolve(InputFingerprint.class.getName().replace('.', '/') + ".class")).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Without it a build is never taken as up to date; it bakes, which is always right.
            LOG.debug("cannot tell which scorebake is running", e);
            return null;
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A new SHA-256 digest, the one hash of the bake's records. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
