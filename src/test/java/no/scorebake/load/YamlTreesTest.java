package no.scorebake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.scorebake.problem.Problems;
import no.scorebake.problem.SourceFile;
import no.scorebake.testkit.HostileFixture;
import no.scorebake.testkit.TestFiles;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML trees kept between loads ({@link YamlTrees}): a kept tree is the parsed one, place for
 * place; a load with unchanged files parses none of them, a changed file is parsed again; a
 * damaged file of trees, or one of another scorebake, is not used; and a load gives the same
 * project and the same problems with kept trees as without.
 */
class YamlTreesTest {

    @TempDir
    Path dir;

    private Path project;
    private Path kept;

    @BeforeEach
    void copyExample() throws IOException {
        project = dir.resolve("example");
        TestFiles.copyTree(Path.of("model").toAbsolutePath(), project.resolve("model"));
        kept = project.resolve(".scorebake/yaml/trees.bin");
    }


    /** The bytes of every YAML file and upload of the model, as a build reads them before loading. */
    private static Map<Path, byte[]> read(Path root) throws IOException {
        Map<Path, byte[]> read = new HashMap<>();
        try (Stream<Path> s = Files.walk(root.resolve("model"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                read.put(p, Files.readAllBytes(p));
            }
        }
        return read;
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root.resolve("model"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** A load as a build makes it, with the trees of {@code kept}; what it parsed is in {@link Load#parsed}. */
    private record Load(ProjectLoader.Result result, long parsed, int taken) {
        /** The loaded project as text (a class without its own text shows as its name only). */
        String project() {
            return String.valueOf(result.project()).replaceAll("@[0-9a-f]+", "");
        }

        String problems() {
            return String.join("\n", Stream.concat(result.problems().errors().stream(), result.problems().warnings().stream())
                    .map(Object::toString).toList());
        }
    }

    private Load load(String code) throws IOException {
        YamlTrees trees = YamlTrees.open(kept, code);
        long before = YamlReader.parsed();
        ProjectLoader.Result r = ProjectLoader.load(project, read(project), trees);
        long parsed = YamlReader.parsed() - before;
        int taken = trees.taken();
        trees.pending().write();
        return new Load(r, parsed, taken);
    }

    /** Checks that every file's tree read back equals the parsed one, kinds, texts, key order and every place. */
    private static void roundTrips(Path root, List<Path> files) throws IOException {
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String rel = SourceFile.relative(root, file);
            Problems problems = new Problems();
            String text = SourceFile.read(root, file, problems);
            YamlNode parsed = YamlReader.read(rel, text, problems);
            assertNotNull(parsed, rel);
            YamlNode back = YamlTrees.decode(rel, YamlTrees.encode(rel, parsed));
            assertEquals(parsed, back, rel);
            assertEquals(String.valueOf(parsed), String.valueOf(back), rel);
        }
    }

    @Test
    void keptTreesAreTheParsedTreesForTheExampleModel() throws IOException {
        roundTrips(project, yamlFiles(project));
    }

    @Test
    void keptTreesAreTheParsedTreesForTheHostileFixture() throws IOException {
        Path hostile = dir.resolve("hostile");
        HostileFixture.write(new TestProject(hostile));
        roundTrips(hostile, yamlFiles(hostile));
    }

    @Test
    void keptTreesAreTheParsedTreesForTextsOnlyJacksonReads() throws IOException {
        Path other = dir.resolve("other");
        String[] texts = {
                "", "a: &x 1\nb: *x\n", "a: 0x1F\nb: 1_000\n", "a: !!str 12\n", "a: \"\\ud800 half a pair, \\u00e6 and \\U0001F600\"\n",
                "a: " + "æ".repeat(3000) + "\n", "a:\n  - |\n    block\n    text\n  - >\n    folded\n  - ~\n  - ''\n", "? a\n: c\n",
        };
        for (int i = 0; i < texts.length; i++) {
            Files.createDirectories(other.resolve("model"));
            Files.writeString(other.resolve("model/t" + i + ".yaml"), texts[i]);
        }
        roundTrips(other, yamlFiles(other));
    }

    @Test
    void anUnchangedModelIsNotParsedAgainAndAChangedFileIs() throws IOException {
        int files = yamlFiles(project).size();
        Load first = load("code 1");
        assertNotNull(first.result().project(), first.problems());
        assertEquals(files, first.parsed(), "every YAML file parsed the first time");
        assertEquals(0, first.taken());
        assertTrue(Files.isRegularFile(kept));
        long size = Files.size(kept);
        assertTrue(size > 1000, "kept " + size + " bytes");

        Load second = load("code 1");
        assertEquals(0, second.parsed(), "no YAML file parsed again");
        assertEquals(files, second.taken());
        assertEquals(first.project(), second.project());
        assertEquals(first.problems(), second.problems());

        Path card = project.resolve("model/scorecards/810.yaml");
        Files.writeString(card, Files.readString(card) + "\n# a comment\n");
        Load third = load("code 1");
        assertEquals(1, third.parsed(), "only the changed file parsed");
        assertEquals(files - 1, third.taken());
        assertEquals(first.problems(), third.problems());

        Load fourth = load("code 1");
        assertEquals(0, fourth.parsed(), "the changed file's new tree kept");
    }

    @Test
    void treesOfAnotherScorebakeAreNotUsed() throws IOException {
        int files = yamlFiles(project).size();
        load("code 1");
        Load other = load("code 2");
        assertEquals(files, other.parsed());
        assertEquals(0, other.taken());
        assertEquals(files, load("code 2").taken(), "kept again for the new code");
    }

    @Test
    void aDamagedOrTruncatedFileOfTreesIsNotUsed() throws IOException {
        int files = yamlFiles(project).size();
        Load first = load("code 1");
        byte[] good = Files.readAllBytes(kept);
        for (int at : new int[] {0, 5, 20, good.length / 2, good.length - 1}) {
            byte[] damaged = good.clone();
            damaged[at] ^= 0x10;
            Files.write(kept, damaged);
            Load again = load("code 1");
            assertEquals(files, again.parsed(), "damaged at " + at);
            assertEquals(first.project(), again.project());
            assertEquals(first.problems(), again.problems());
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(kept)), "written again whole");
        }
        for (int length : new int[] {0, 3, 11, good.length / 2, good.length - 4, good.length - 1}) {
            Files.write(kept, java.util.Arrays.copyOf(good, length));
            Load again = load("code 1");
            assertEquals(files, again.parsed(), "cut at " + length);
            assertEquals(first.problems(), again.problems());
        }
        Files.write(kept, "junk".getBytes());
        assertEquals(files, load("code 1").parsed());
        assertEquals(0, load("code 1").parsed());
    }

    @Test
    void aFileWithAProblemIsParsedEveryTimeWithTheSameMessages() throws IOException {
        Path card = project.resolve("model/scorecards/820.yaml");
        Files.writeString(card, Files.readString(card) + "\nperspectives: []\n"); // a key twice: Jackson's reading reports it
        Load first = load("code 1");
        assertNull(first.result().project());
        assertTrue(first.problems().contains("model/scorecards/820.yaml:"), first.problems());
        YamlTrees trees = YamlTrees.open(kept, "code 1");
        assertNull(trees.get(YamlTrees.key("model/scorecards/820.yaml", Files.readAllBytes(card))), "not kept");
        Load second = load("code 1");
        assertEquals(first.problems(), second.problems());
        assertTrue(second.parsed() >= 1);
        assertEquals(yamlFiles(project).size() - 1, second.taken());
    }

    @Test
    void nothingIsWrittenWhenTheKeptTreesAreTheSame() throws IOException {
        load("code 1");
        var time = Files.getLastModifiedTime(kept);
        var inode = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        load("code 1");
        assertEquals(time, Files.getLastModifiedTime(kept));
        assertEquals(inode, Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyMeansNothingIsKept() throws IOException {
        Files.createDirectories(kept.getParent().getParent());
        Files.writeString(kept.getParent(), "a file where the folder should be");
        Load first = load("code 1");
        assertNotNull(first.result().project(), first.problems());
        assertEquals(yamlFiles(project).size(), load("code 1").parsed());
        try (Stream<Path> s = Files.list(kept.getParent().getParent())) {
            assertEquals(List.of(kept.getParent()), s.toList(), "no temporary file left");
        }
    }
}
