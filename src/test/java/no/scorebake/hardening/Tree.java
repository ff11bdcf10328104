package no.scorebake.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.scorebake.TestFiles;

/** Folder trees for the hardening tests: copy one, and fingerprint one so that any changed byte, file or folder shows. */
final class Tree {

    private Tree() {
    }

    /** Every file and folder below {@code root} (folders end in '/') with the SHA-256 of each file; empty when it does not exist. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> all = new TreeMap<>();
        if (!Files.exists(root)) {
            return all;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                all.put(Files.isDirectory(p) ? rel + "/" : rel, Files.isDirectory(p) ? "" : sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** Copies a folder tree into {@code to}, replacing files that are there. */
    static void copy(Path from, Path to) {
        try {
            TestFiles.copyTree(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
