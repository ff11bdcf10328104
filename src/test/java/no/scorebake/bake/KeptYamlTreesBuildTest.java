package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import no.scorebake.cli.Main;
import no.scorebake.load.YamlReader;
import no.scorebake.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build keeps the model's YAML trees in {@code .scorebake/yaml/} ({@link no.scorebake.load.YamlTrees}):
 * the next build of a project whose YAML did not change parses none of it, and bakes the same
 * bytes, and says the same things, as a build of a fresh copy of the project; a damaged file of
 * trees changes nothing but that every file is parsed.
 */
class KeptYamlTreesBuildTest {

    @TempDir
    Path dir;

    private Path project;
    private int yamlFiles;

    @BeforeEach
    void copyExample() throws IOException {
        project = dir.resolve("example");
        TestFiles.copyExample(project);
        try (Stream<Path> s = Files.walk(project.resolve("model"))) {
            yamlFiles = (int) s.filter(p -> p.toString().endsWith(".yaml")).count();
        }
    }


    /** What one run said and how many YAML texts it parsed. */
    private record Run(int exit, String out, String err, long parsed) {
    }

    private static Run run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        long before = YamlReader.parsed();
        int exit = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(exit, o.toString(), e.toString(), YamlReader.parsed() - before);
    }

    private static Run build(Path project, Path out) {
        return run("build", "-q", "--project", project.toString(), "--out", out.toString());
    }

    /** A fresh copy of the project as it is now, without anything a build kept: a build of it parses everything. */
    private Path freshCopy(String name) throws IOException {
        Path fresh = dir.resolve(name);
        TestFiles.copyProject(project, fresh);
        return fresh;
    }

    /** Every file of a site by path with its bytes, but the marker that names the folder a site. */
    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = TestFiles.files(site);
        files.remove(".scorebake-site");
        return files;
    }

    private static void assertSameSite(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = files(expected);
        Map<String, byte[]> b = files(actual);
        assertEquals(a.keySet(), b.keySet());
        for (String f : a.keySet()) {
            assertArrayEquals(a.get(f), b.get(f), f);
        }
    }

    private void changeANote(String sentence) throws IOException {
        Path note;
        try (Stream<Path> s = Files.walk(project.resolve("content/comments"))) {
            note = s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(note, Files.readString(note, StandardCharsets.UTF_8) + "\n" + sentence + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aBuildWithTheYamlUnchangedParsesNoneAndBakesTheSameSite() throws IOException {
        Path site = dir.resolve("site");
        Run first = build(project, site);
        assertEquals(0, first.exit(), first.err());
        assertEquals(yamlFiles, first.parsed());
        assertTrue(Files.isRegularFile(project.resolve(".scorebake/yaml/trees.bin")));

        changeANote("En ny setning om tallene.");
        Run second = build(project, site);
        assertEquals(0, second.exit(), second.err());
        assertEquals(0, second.parsed(), "no YAML parsed again");

        Path fresh = freshCopy("fresh");
        Run unkept = build(fresh, dir.resolve("fresh-site"));
        assertEquals(yamlFiles, unkept.parsed());
        assertEquals(unkept.err(), second.err());
        assertEquals(unkept.out(), second.out());
        assertSameSite(dir.resolve("fresh-site"), site);

        Path card = project.resolve("model/scorecards/830.yaml");
        Files.writeString(card, Files.readString(card, StandardCharsets.UTF_8) + "# endret\n", StandardCharsets.UTF_8);
        Run third = build(project, site);
        assertEquals(0, third.exit(), third.err());
        assertEquals(1, third.parsed(), "only the changed scorecard parsed");
    }

    @Test
    void aDamagedFileOfTreesIsParsedAroundWithTheSameSite() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, build(project, site).exit());
        Path trees = project.resolve(".scorebake/yaml/trees.bin");
        byte[] good = Files.readAllBytes(trees);
        Files.write(trees, Arrays.copyOf(good, good.length / 3));

        changeANote("En ny setning om tallene.");
        Run again = build(project, site);
        assertEquals(0, again.exit(), again.err());
        assertEquals(yamlFiles, again.parsed());
        assertArrayEquals(good, Files.readAllBytes(trees), "written whole again");

        build(freshCopy("fresh"), dir.resolve("fresh-site"));
        assertSameSite(dir.resolve("fresh-site"), site);
    }

    @Test
    void aYamlErrorAfterAGoodBuildSaysWhatItAlwaysSaid() throws IOException {
        Path site = dir.resolve("site");
        assertEquals(0, build(project, site).exit());
        Path card = project.resolve("model/scorecards/820.yaml");
        Files.writeString(card, Files.readString(card, StandardCharsets.UTF_8).replaceFirst("\n", "\n  bad: [\n"), StandardCharsets.UTF_8);
        Path other = project.resolve("model/scorecards/810.yaml");
        Files.writeString(other, Files.readString(other, StandardCharsets.UTF_8) + "\nkpis: {}\n", StandardCharsets.UTF_8);

        Run kept = build(project, site);
        Run fresh = build(freshCopy("fresh"), dir.resolve("fresh-site"));
        assertTrue(kept.exit() != 0, kept.err());
        assertTrue(kept.err().contains("model/scorecards/820.yaml:"), kept.err());
        assertTrue(kept.err().contains("model/scorecards/810.yaml:"), kept.err());
        assertEquals(fresh.exit(), kept.exit());
        assertEquals(fresh.err(), kept.err());
        assertEquals(fresh.out(), kept.out());
        Run check = run("check", "-q", "--project", project.toString());
        assertEquals(fresh.exit(), check.exit());
    }
}
