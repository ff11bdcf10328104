package no.scorebake.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.TestProject;
import no.scorebake.ThemedExample;
import no.scorebake.cli.Main;

/**
 * The projects the browser reads, each baked once per test run under target/browser/: the
 * example of this repository, the same example in the example municipality theme of
 * themes/kommune, and a hostile fixture ({@link HostileFixture}).
 */
final class Sites {

    static final Path ROOT = Path.of("target", "browser").toAbsolutePath();
    private static final Map<String, Path> BAKED = new HashMap<>();
    private static boolean copied;

    private Sites() {
    }

    /** The example project (model/ and content/ of the working tree), copied so its .scorebake stays out of the tree. */
    static synchronized Path exampleProject() {
        Path project = ROOT.resolve("example");
        if (!copied) {
            deleteTree(project);
            copied = true;
            for (String folder : List.of("model", "content")) {
                copyTree(Path.of(folder).toAbsolutePath(), project.resolve(folder));
            }
        }
        return project;
    }

    static synchronized Path example() {
        Path project = exampleProject();
        return BAKED.computeIfAbsent("example", k -> bake(project));
    }

    /** The example with themes/kommune selected, as a municipality would use its own theme. */
    static synchronized Path kommune() {
        return BAKED.computeIfAbsent("kommune", k -> {
            Path dir = ROOT.resolve("kommune");
            deleteTree(dir);
            return bake(ThemedExample.write(dir, "kommune"));
        });
    }

    /** A site by the name the tests give it: example, kommune or hostile. */
    static Path named(String name) {
        return switch (name) {
            case "example" -> example();
            case "kommune" -> kommune();
            case "hostile" -> hostile();
            default -> throw new IllegalArgumentException("no site named " + name);
        };
    }

    static synchronized Path hostile() {
        return BAKED.computeIfAbsent("hostile", k -> {
            Path dir = ROOT.resolve("hostile");
            deleteTree(dir);
            HostileFixture.write(new TestProject(dir));
            return bake(dir);
        });
    }

    /** Bakes a project into its site/ folder with the command line, in-process; fails with what it printed. */
    static Path bake(Path project) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--quiet", "--project", project.toString());
        assertEquals(0, exit, "build of " + project + ":\n" + out + err);
        return project.resolve("site");
    }

    static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(d).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.copy(f, to.resolve(from.relativize(f).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.delete(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
