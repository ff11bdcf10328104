package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar prints a report with what it carries: DejaVu Sans from inside the jar (the shade
 * filter keeps two faces of the family), embedded in the PDF, and openhtmltopdf quiet on
 * standard error.
 */
class ReportJarIT {

    @Test
    void theJarPrintsAReportWithItsOwnFont(@TempDir Path dir) throws Exception {
        assertEquals(0, JarIT.java(dir, "new", "project").exit());
        Path project = dir.resolve("project");
        JarIT.Run report = JarIT.java(project, "report", "--period", "2006-04", "--unit", "820");
        assertEquals(0, report.exit(), report.err());
        assertEquals("", report.err(), "nothing but problems on standard error");
        assertTrue(report.out().contains("1 report(s) for 2006-04"), report.out());
        try (PDDocument pdf = Loader.loadPDF(project.resolve("reports/2006-04/820.pdf").toFile())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(fonts.contains("DejaVuSans") && fonts.contains("DejaVuSans-Bold"), fonts.toString());
        }
    }
}
