package no.scorebake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mid-size municipality (60 scorecards × 10 KPIs × 24 months, from {@link SampleProject})
 * baked by the real jar under {@code -Xmx512m}: the bake keeps no page after writing it, so a
 * small heap is enough. The largest heap left after a collection (the garbage collector's log)
 * is printed, as the live set of this size.
 */
class BoundedMemoryJarIT {

    static final Path JAR = Path.of("target/scorebake.jar").toAbsolutePath();

    @Test
    void aMidSizeSampleBakesIn512Megabytes(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("sample");
        SampleProject.generate(project, 60, 10, 24, 1);
        Path gc = dir.resolve("gc.log");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-Xlog:gc:file=" + gc,
                "-jar", JAR.toString(), "build", "--project", project.toString(), "--out", project.resolve("site").toString());
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the bake did not finish");
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), errors);
        assertFalse(errors.contains("OutOfMemoryError"), errors);
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("Baked 60 scorecards × 24 periods"));
        try (Stream<Path> s = Files.walk(project.resolve("site"))) {
            List<Path> kpiPages = s.filter(f -> f.getParent().getFileName().toString().equals("kpi") && f.toString().endsWith(".html")).toList();
            assertEquals(600, kpiPages.size(), "one page per KPI");
            for (Path page : kpiPages) {
                assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("<svg class=\"kpi-chart\""), page + " has its chart");
            }
        }

        long largestAfter = 0;
        Matcher m = Pattern.compile("->(\\d+)M\\(").matcher(Files.readString(gc, StandardCharsets.UTF_8));
        while (m.find()) {
            largestAfter = Math.max(largestAfter, Long.parseLong(m.group(1)));
        }
        assertTrue(largestAfter > 0 && largestAfter < 512, "heap after collections: " + largestAfter + " MB");
        System.out.println("BoundedMemoryJarIT: 60 x 10 x 24 baked under -Xmx512m; largest heap after a collection " + largestAfter + " MB");
    }
}
