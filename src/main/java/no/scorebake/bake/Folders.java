package no.scorebake.bake;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Deleting and inspecting whole folders, the one way the build, the publish and the preview do
 * it. A delete only ever unlinks names: a file that is hard-linked into another version of the
 * site (see {@link OutputFolder}) lives on there untouched.
 */
public final class Folders {

    /** Told about each file and folder a delete has removed, so tests can stop a run at each of those moments. */
    @FunctionalInterface
    public interface Deleted {
        void after(Path removed, boolean folder) throws IOException;
    }

    private Folders() {
    }

    /** Deletes {@code root} and everything below it; nothing when it does not exist. Symbolic links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        deleteTree(root, (removed, folder) -> { });
    }

    /** As {@link #deleteTree(Path)}, telling {@code deleted} after each file and each folder is gone. */
    public static void deleteTree(Path root, Deleted deleted) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                deleted.after(file, false);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                deleted.after(dir, true);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Whether a folder has nothing in it. */
    public static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Writes each file (a path relative to {@code target} and its bytes) under {@code target}, making folders as needed. */
    public static void writeAll(Path target, java.util.Map<String, byte[]> files) throws IOException {
        for (java.util.Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = target.resolve(f.getKey()).normalize();
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
    }
}
