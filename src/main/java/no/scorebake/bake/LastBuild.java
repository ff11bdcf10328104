package no.scorebake.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What the last successful build into an output folder read and wrote: the fingerprint of its
 * inputs and every file with its size and modification time. Kept in the project's
 * {@code .scorebake/builds/} (not in the site, which must hold only the site), one file per
 * output folder. A build whose inputs have the same fingerprint, into a folder whose files are
 * all still as that build left them, has nothing to do.
 */
final class LastBuild {

    private final Path record;
    private final Path target;

    private LastBuild(Path record, Path target) {
        this.record = record;
        this.target = target;
    }

    /** The record of builds of {@code project} into {@code target}. */
    static LastBuild of(Path project, Path target) {
        Path t = target.toAbsolutePath().normalize();
        String key = HexFormat.of().formatHex(sha256(t.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        return new LastBuild(project.resolve(".scorebake").resolve("builds").resolve(key + ".txt"), t);
    }

    /**
     * Whether the last build had inputs {@code fingerprint} and its files are all still there,
     * unchanged in size and time (a reader's stray file beside them does not matter).
     */
    boolean upToDate(String fingerprint) {
        if (fingerprint == null) {
            return false;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        if (lines.isEmpty() || !lines.get(0).equals("inputs " + fingerprint)) {
            return false;
        }
        try {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(" ", 3);
                BasicFileAttributes a = Files.readAttributes(target.resolve(f[2]), BasicFileAttributes.class);
                if (!a.isRegularFile() || a.size() != Long.parseLong(f[0]) || a.lastModifiedTime().toMillis() != Long.parseLong(f[1])) {
                    return false;
                }
            }
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return true;
    }

    /** Forgets the last build, before its output starts to change. */
    void forget() throws IOException {
        Files.deleteIfExists(record);
    }

    /** Records a successful build of {@code files} (relative to the output folder) from {@code fingerprint}. */
    void save(String fingerprint, Set<String> files) throws IOException {
        if (fingerprint == null) {
            return;
        }
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        StringBuilder text = new StringBuilder("inputs ").append(fingerprint).append('\n');
        for (String f : sorted) {
            BasicFileAttributes a = Files.readAttributes(target.resolve(f), BasicFileAttributes.class);
            text.append(a.size()).append(' ').append(a.lastModifiedTime().toMillis()).append(' ').append(f).append('\n');
        }
        Files.createDirectories(record.getParent());
        Path temporary = record.resolveSibling(record.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
