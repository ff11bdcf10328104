package no.scorebake.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.scorebake.testkit.TestFiles;

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

    /** Every file and folder below {@code root} (folders end in '/'), with the SHA-256 of each file's bytes, the marker's publish token left out. */
    static Map<String, String> snapshot(Path root) {
        return TestFiles.snapshot(root, p -> p.getFileName().toString().equals(Publisher.MARKER)
                ? Files.readString(p).replaceAll("(?m)^publish \\S+$", "publish <token>").getBytes() : Files.readAllBytes(p));
    }

    /** One hash over every path and its bytes below {@code root}; {@link #ABSENT} when there is no such folder. */
    static String hash(Path root) {
        if (!Files.exists(root)) {
            return ABSENT;
        }
        String listing = snapshot(root).entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
        return TestFiles.sha256(listing.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The names directly in a folder, sorted. */
    static java.util.List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
