package no.scorebake.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The folder a build writes to. Pages are written into a fresh staging folder beside it, which
 * replaces the old output only when the whole build has succeeded, so a failed build leaves the
 * previous site as it was. Only a folder that scorebake made (it holds the marker file) or an
 * empty one is ever replaced: {@code --out ~} must not delete someone's home.
 */
public final class OutputFolder {

    /** Marks a folder as scorebake's output, safe to replace. */
    public static final String MARKER = ".scorebake-site";

    private final Path target;
    private final Path staging;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Prepares a staging folder beside {@code target}.
     *
     * @throws RefusedException when {@code target} exists and is neither empty nor scorebake's output
     */
    public static OutputFolder prepare(Path target) throws IOException, RefusedException {
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t) && !Files.isDirectory(t)) {
            throw new RefusedException(t + " is a file, not a folder; choose another --out");
        }
        if (Files.isDirectory(t) && !Files.exists(t.resolve(MARKER)) && !isEmpty(t)) {
            throw new RefusedException(t + " holds files that scorebake did not write (no " + MARKER
                    + " marker); choose an empty or new folder for --out");
        }
        Path parent = t.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + t.getFileName() + ".building");
        deleteTree(staging);
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(MARKER), "This folder is baked by scorebake and replaced by each build.\n", StandardCharsets.UTF_8);
        return new OutputFolder(t, staging);
    }

    /** Where to write the files of this build. */
    public Path staging() {
        return staging;
    }

    /** Writes one text file (UTF-8) below the staging folder, creating its folders. */
    public void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one file below the staging folder, creating its folders; never outside it. */
    public void write(String relative, byte[] bytes) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Puts the finished build in place of the old output. */
    public void commit() throws IOException {
        Path old = target.getParent().resolve("." + target.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /** Throws the staging folder away after a failed build. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // Leaving a hidden staging folder behind harms nothing; the next build removes it.
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The output folder may not be replaced. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }
}
