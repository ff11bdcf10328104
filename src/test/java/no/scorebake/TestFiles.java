package no.scorebake;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Folder trees for tests: the example project copied where a test may change it. */
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
