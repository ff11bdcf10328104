package no.scorebake.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fingerprints of folder trees: every path below a folder with a hash of its bytes, so any change
 * shows, but for the token in a published version's marker (a random word each publish writes
 * there, see LastBuild): two versions of the same pages compare equal.
 */
final class Trees {

    /** What {@link #hash} says of a folder that does not exist. */
    static final String ABSENT = "absent";

    private Trees() {
    }

    /** Every file and folder below {@code root} (folders end in '/'), with the SHA-256 of each file's bytes. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> all = new TreeMap<>();
        if (!Files.exists(root)) {
            return all;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    all.put(rel + "/", "");
                } else if (p.getFileName().toString().equals(Publisher.MARKER)) {
                    all.put(rel, sha256(Files.readString(p).replaceAll("(?m)^publish \\S+$", "publish <token>").getBytes()));
                } else {
                    all.put(rel, sha256(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** One hash over every path and its bytes below {@code root}; {@link #ABSENT} when there is no such folder. */
    static String hash(Path root) {
        if (!Files.exists(root)) {
            return ABSENT;
        }
        String listing = snapshot(root).entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
        return sha256(listing.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The names directly in a folder, sorted. */
    static java.util.List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
