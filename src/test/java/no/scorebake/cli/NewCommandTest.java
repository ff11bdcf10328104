package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new DIR} in-process: a copy of the example that checks clean, and no overwriting. */
class NewCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void createsAProjectThatChecksClean(@TempDir Path dir) throws Exception {
        Run created = run("new", "bms", "--project", dir.toString());
        assertEquals(0, created.exit, created.err);
        assertTrue(created.out.startsWith("Created " + dir.resolve("bms")), created.out);
        assertTrue(Files.isRegularFile(dir.resolve("bms/model/organisation.yaml")));
        assertTrue(Files.isRegularFile(dir.resolve("bms/content/hjelp.md")));
        assertEquals("/site/\n/.scorebake/\n", Files.readString(dir.resolve("bms/.gitignore")));
        Run check = run("check", "--project", dir.resolve("bms").toString());
        assertEquals(0, check.exit, check.err);
    }

    @Test
    void refusesAFolderThatHoldsFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        Run again = run("new", dir.toString());
        assertEquals(2, again.exit);
        assertTrue(again.err.contains("exists and is not empty; name a new or empty folder"), again.err);
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
    }

    @Test
    void helpAndUsage() {
        assertEquals(0, run("new", "--help").exit);
        Run missing = run("new");
        assertEquals(2, missing.exit);
        assertTrue(missing.err.contains("Missing required parameter: 'DIR'"), missing.err);
    }
}
