package no.scorebake.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import no.scorebake.cli.Main;
import no.scorebake.testkit.HostileFixture;
import no.scorebake.testkit.TestFiles;
import no.scorebake.testkit.TestProject;
import no.scorebake.testkit.ThemedExample;

/**
 * The projects the browser reads, each baked once per test run under target/browser/: the
 * example of this repository, the same example in the example municipality theme of
 * themes/kommune, and a hostile fixture ({@link HostileFixture}).
 *
 * <p>A run deletes and bakes these folders again, so a second run in the same working tree
 * (a second {@code mvn verify -Pbrowser}, or one browser test started from an IDE) would delete
 * the files the first one's browser is reading: a page read after its style.css was deleted
 * shows every status without its shape, a page deleted itself shows Chromium's error page. A run
 * therefore holds a lock on target/browser/ from its first bake to its end, and a second run
 * waits for it.
 */
final class Sites {

    static final Path ROOT = Path.of("target", "browser").toAbsolutePath();
    private static final Map<String, Path> BAKED = new HashMap<>();
    private static boolean copied;
    /** The lock on target/browser/ this run holds until its JVM ends (never released earlier: the browser reads to the end). */
    private static FileChannel inUse;

    private Sites() {
    }

    /** The example project (model/ and content/ of the working tree), copied so its .scorebake stays out of the tree. */
    static synchronized Path exampleProject() {
        claim();
        Path project = ROOT.resolve("example");
        if (!copied) {
            deleteTree(project);
            copied = true;
            try {
                TestFiles.copyExample(project);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
        claim();
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
        claim();
        return BAKED.computeIfAbsent("hostile", k -> {
            Path dir = ROOT.resolve("hostile");
            deleteTree(dir);
            HostileFixture.write(new TestProject(dir));
            return bake(dir);
        });
    }

    /** Takes the lock on target/browser/ before this run deletes or bakes anything there, waiting while another run holds it. */
    private static synchronized void claim() {
        if (inUse != null) {
            return;
        }
        try {
            Files.createDirectories(ROOT);
            FileChannel channel = FileChannel.open(ROOT.resolve(".in-use"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                System.out.println("Another test run is reading " + ROOT + "; waiting for it to end.");
                channel.lock();
            }
            inUse = channel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bakes a project into its site/ folder with the command line, in-process; fails with what it printed. */
    static Path bake(Path project) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--quiet", "--project", project.toString());
        assertEquals(0, exit, "build of " + project + ":\n" + out + err);
        return project.resolve("site");
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
