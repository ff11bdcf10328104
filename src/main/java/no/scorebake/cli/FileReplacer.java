package no.scorebake.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file beside its place and renames it over the old one, so a sheet or a report that
 * someone has open is never left half written: they see the old file or the new one.
 */
final class FileReplacer {

    /** What goes into the file. */
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private FileReplacer() {
    }

    /** Writes {@code content} to a hidden file beside {@code target} named after {@code kind}, then renames it over. */
    static void replace(Path target, String kind, Content content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + kind + "-", ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                content.write(o);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
