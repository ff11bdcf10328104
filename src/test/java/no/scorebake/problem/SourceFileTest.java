package no.scorebake.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a file as strict UTF-8: a replacement character written in the file is text, a bad byte is reported at its line. */
class SourceFileTest {

    @TempDir
    Path root;

    @Test
    void replacementCharacterWrittenInTheFileIsText() throws IOException {
        Path file = root.resolve("a.csv");
        Files.writeString(file, "\uFEFFa;b\nx\uFFFDy;æ\n", StandardCharsets.UTF_8);
        Problems problems = new Problems();
        assertEquals("a;b\nx\uFFFDy;æ\n", SourceFile.read(root, file, problems));
        assertEquals(0, problems.errorCount());
    }

    @Test
    void badByteIsReportedAtItsLineWhetherReadHereOrBefore() throws IOException {
        Path file = root.resolve("a.csv");
        byte[] bytes = "a;b\nx\uFFFD;y\nc;\u0000d\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 3] = (byte) 0xE6; // a Latin-1 æ on line 3
        Files.write(file, bytes);
        for (byte[] read : new byte[][] {null, bytes}) {
            Problems problems = new Problems();
            assertNull(SourceFile.read(root, file, read, problems));
            assertEquals("a.csv:3: file is not UTF-8 (perhaps saved as Latin-1/Windows-1252, where æ ø å differ); save it as UTF-8",
                    problems.errors().get(0).toString());
        }
    }
}
