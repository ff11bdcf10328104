package no.scorebake.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.scorebake.cli.Main;
import no.scorebake.testkit.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: each case is one mistake a coordinator or administrator really makes,
 * laid over a small valid project ({@code bad-input/_base}). A case folder under
 * {@code src/test/resources/bad-input/} holds the files that differ and an {@code expect.txt}
 * naming the mistake ({@code what:}), where the message must point ({@code where:}) and a part of
 * it ({@code says:}). Cases whose bytes do not belong in git (Latin-1, a workbook, 50 MB of junk)
 * are made here. For every case {@code build} must exit 2, print the problem as its first line
 * at that place, show no stack trace, and leave the published site byte for byte as it was.
 */
class BadInputCorpusTest {

    static final Path CORPUS = resource("bad-input");
    static final String DATA = "model/data/2005/";

    @TempDir
    static Path shared;

    static Path bakedSite;

    /** What one case does to the base project and what {@code build} must then say. */
    record Case(String name, String what, String where, String says, Consumer<Path> overlay) {
        @Override
        public String toString() {
            return name + " (" + what + ")";
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(BadInputCorpusTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bakes the valid base once: every case starts from a copy of this published site. */
    @BeforeAll
    static void bakeTheBase() {
        Path project = shared.resolve("base");
        TestFiles.copyOver(CORPUS.resolve("_base"), project);
        bakedSite = shared.resolve("base-site");
        Result r = build(project, bakedSite);
        assertEquals(0, r.exit, "the base project is valid:\n" + r.err);
        assertTrue(Files.exists(bakedSite.resolve("810/index.html")));
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (dir.getFileName().toString().startsWith("_")) {
                    continue;
                }
                Map<String, String> expect = expect(dir.resolve("expect.txt"));
                cases.add(new Case(dir.getFileName().toString(), expect.get("what"), expect.get("where"), expect.get("says"),
                        project -> overlay(dir, project)));
            }
        }
        cases.addAll(madeHere());
        return cases;
    }

    /** The cases whose files are made by the test rather than kept in git. */
    static List<Case> madeHere() {
        return List.of(
                new Case("csv-saved-as-latin-1", "an upload saved as Latin-1 with æ ø å in a comment", DATA + "2005-08-810.csv:2",
                        "file is not UTF-8", p -> write(p, DATA + "2005-08-810.csv",
                                "scorecard;kpi;period;value;comment\n810;user-faults;2005-08;131;Færre feil på grunn av økt bemanning\n"
                                        .getBytes(StandardCharsets.ISO_8859_1))),
                new Case("csv-is-an-excel-workbook", "an Excel workbook renamed to .csv", DATA + "2005-08-820.csv:1",
                        "this is an Excel workbook or other zip file, not text", p -> write(p, DATA + "2005-08-820.csv",
                                junk(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, 4000))),
                new Case("csv-is-an-old-xls", "an old Excel .xls file renamed to .csv", DATA + "2005-08-820.csv:1",
                        "this is an old Excel (.xls) file", p -> write(p, DATA + "2005-08-820.csv",
                                junk(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 4000))),
                new Case("csv-with-a-nul-byte", "binary junk pasted into line 3 of an upload", DATA + "2005-07-810.csv:3",
                        "file holds binary data", p -> write(p, DATA + "2005-07-810.csv",
                                "scorecard;kpi;period;value;comment\n810;user-faults;2005-07;140;\n\0\0\0\n".getBytes(StandardCharsets.UTF_8))),
                new Case("csv-50-mb-of-junk", "a 50 MB export of something else dropped into data/", DATA + "eksport.csv:1",
                        "file is 50 MB; files of the model are limited to 20 MB", p -> fiftyMegabytes(p.resolve(DATA + "eksport.csv"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeIsReportedWhereItIsAndWritesNothing(Case c, @TempDir Path dir) {
        Path project = dir.resolve("project");
        TestFiles.copyOver(CORPUS.resolve("_base"), project);
        c.overlay.accept(project);
        Path www = dir.resolve("www");
        Path site = www.resolve("site");
        TestFiles.copyOver(bakedSite, site);
        Map<String, String> before = TestFiles.snapshot(www);

        Result r = build(project, site);

        assertEquals(2, r.exit, c + ": exit\n" + r.err);
        String all = r.out + r.err;
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("internal error"), c + ": stack trace\n" + all);
        String first = r.err.lines().findFirst().orElse("");
        assertTrue(first.startsWith(c.where + ":") || first.startsWith(c.where + " "), c + ": the first line points at " + c.where + "\n" + r.err);
        assertTrue(first.contains(c.says), c + ": the first line says '" + c.says + "'\n" + r.err);
        assertTrue(first.length() < 400, c + ": one readable line\n" + first);
        assertTrue(r.err.contains("; nothing was written"), r.err);
        assertEquals(before, TestFiles.snapshot(www), c + ": the published site and its folder are byte for byte as before");
        System.out.println("bad-input " + c.name + ": " + first);
    }

    record Result(int exit, String out, String err) {
    }

    static Result build(Path project, Path out) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "build", "-q", "--project", project.toString(), "--out", out.toString());
        return new Result(code, o.toString(), e.toString());
    }

    private static Map<String, String> expect(Path file) {
        try {
            Map<String, String> fields = new java.util.HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            for (String key : List.of("what", "where", "says")) {
                if (!fields.containsKey(key)) {
                    throw new IllegalStateException(file + " lacks '" + key + ":'");
                }
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void overlay(Path caseDir, Path project) {
        try (Stream<Path> walk = Files.walk(caseDir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals("expect.txt")) {
                    write(project, caseDir.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path project, String relative, byte[] bytes) {
        try {
            Path p = project.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header followed by seeded random bytes, as in the files it imitates. */
    private static byte[] junk(byte[] header, int size) {
        byte[] bytes = new byte[size];
        new Random(header[0]).nextBytes(bytes);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /** 50 MB of seeded random bytes, written in pieces; it exists only in the test's temporary folder. */
    private static void fiftyMegabytes(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Random random = new Random(50);
            byte[] piece = new byte[1 << 20];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < 50; i++) {
                    random.nextBytes(piece);
                    out.write(piece);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
