package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar with POI inside: sheets are written, a returned workbook is read, and POI's
 * logging reaches SLF4J quietly (no "could not find a logging implementation" from log4j-api,
 * no warnings of its own about a damaged file, which scorebake reports itself).
 */
class SheetsJarIT {

    @Test
    void sheetsWrittenByTheJarAreReadBackByTheJar(@TempDir Path dir) throws Exception {
        assertEquals(0, JarIT.java(dir, "new", "project").exit());
        Path project = dir.resolve("project");
        JarIT.Run sheets = JarIT.java(project, "sheets", "--period", "2006-05");
        assertEquals(0, sheets.exit(), sheets.err());
        assertTrue(sheets.out().contains("6 sheet(s) for 2006-05"), sheets.out());
        Files.copy(project.resolve("sheets/2006-05/2006-05-820.xlsx"), project.resolve("model/data/2006/2006-05-820.xlsx"));
        Files.write(project.resolve("model/data/2006/damaged.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});

        JarIT.Run broken = JarIT.java(project, "check");
        assertEquals(2, broken.exit(), broken.err());
        assertTrue(broken.err().startsWith("model/data/2006/damaged.xlsx: the workbook is damaged"), broken.err());
        assertEquals(2, broken.err().lines().count(), "one line for the file and the count:\n" + broken.err());

        Files.delete(project.resolve("model/data/2006/damaged.xlsx"));
        JarIT.Run check = JarIT.java(project, "check");
        assertEquals(0, check.exit(), check.err());
        assertFalse(check.err().toLowerCase(java.util.Locale.ROOT).contains("log4j"), check.err());
        assertTrue(check.out().contains("No errors."), check.out());
    }
}
