package no.scorebake.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Folder trees for tests: the example project copied where a test may change it, a tree copied
 * or read whole, and a tree's snapshot to compare before and after.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** Copies the example project of the working tree (its model/ and content/) into {@code project}. */
    public static void copyExample(Path project) throws IOException {
        copyProject(Path.of("").toAbsolutePath(), project);
    }

    /** Copies the project {@code from} (its model/ and content/, nothing a build kept) into {@code to}. */
    public static void copyProject(Path from, Path to) throws IOException {
        for (String folder : new String[] {"model", "content"}) {
            copyTree(from.resolve(folder), to.resolve(folder));
        }
    }

    /** Copies the folder {@code from} over {@code to}, replacing the files that are there. */
    public static void copyOver(Path from, Path to) {
        try {
            copyTree(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code root} by its path from there ({@code a/b.html}), with its bytes. */
    public static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** What a snapshot takes of a file: its bytes, or less of them. */
    @FunctionalInterface
    public interface Contents {
        byte[] of(Path file) throws IOException;
    }

    /** Every file and folder below {@code root} (folders end in '/') with the SHA-256 of each file; empty when it does not exist. */
    public static Map<String, String> snapshot(Path root) {
        return snapshot(root, Files::readAllBytes);
    }

    /** As {@link #snapshot(Path)}, hashing what {@code contents} takes of each file. */
    public static Map<String, String> snapshot(Path root, Contents contents) {
        Map<String, String> all = new TreeMap<>();
        if (!Files.exists(root)) {
            return all;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                all.put(Files.isDirectory(p) ? rel + "/" : rel, Files.isDirectory(p) ? "" : sha256(contents.of(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The SHA-256 of {@code bytes} in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies the folder {@code from} with everything in it to {@code to}; a file already at
     * {@code to} is an error unless {@code options} say otherwise ({@code REPLACE_EXISTING}).
     */
    public static void copyTree(Path from, Path to, CopyOption... options) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, options);
                }
            }
        }
    }
}
