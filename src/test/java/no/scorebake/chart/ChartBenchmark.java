package no.scorebake.chart;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import no.scorebake.chart.ChartEncodings.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints ms and bytes per chart (36 monthly points) for the size/encoding options considered,
 * then for the chosen one on 1 and 2 threads, straight and through {@link ChartCache}. Measures
 * only; asserts nothing about time. Run with
 * {@code mvn -B -q test -Dtest=ChartBenchmark -Dchart.benchmark=true}
 * (skipped otherwise).
 *
 * <p>Figures it gave, 36 monthly points, Java 17, 2 cores shared with other
 * work, so CPU time of the rendering thread (median of 5 × 20):
 * <table>
 *   <caption>Options measured: CPU ms and KB per chart</caption>
 *   <tr><th>option</th><th>PNG pixels</th><th>ms</th><th>KB</th></tr>
 *   <tr><td>1x, RGB, ImageIO (what XChart's BitmapEncoder does)</td><td>720×300</td><td>8.0</td><td>34.0</td></tr>
 *   <tr><td>1x, 256-colour palette, ImageIO</td><td>720×300</td><td>6.8</td><td>20.1</td></tr>
 *   <tr><td>1x, 256-colour palette, unfiltered, level 6</td><td>720×300</td><td>5.2</td><td>17.7</td></tr>
 *   <tr><td>1x, 64-colour palette, unfiltered, level 6</td><td>720×300</td><td>4.7</td><td>13.1</td></tr>
 *   <tr><td>1x, no anti-aliasing (jagged)</td><td>720×300</td><td>3.3</td><td>4.5</td></tr>
 *   <tr><td>2x, RGB, ImageIO</td><td>1440×600</td><td>21.6</td><td>83.1</td></tr>
 *   <tr><td>2x, 256-colour palette, ImageIO</td><td>1440×600</td><td>16.9</td><td>47.4</td></tr>
 *   <tr><td>2x, 256-colour palette, unfiltered, level 6</td><td>1440×600</td><td>12.9</td><td>41.2</td></tr>
 *   <tr><td>2x, 64-colour palette, unfiltered, level 6 (chosen first)</td><td>1440×600</td><td>11.3</td><td>31.4</td></tr>
 *   <tr><td>2x, 64-colour palette, unfiltered, level 3 (chosen second)</td><td>1440×600</td><td>≈7 (8.6)</td><td>38.3</td></tr>
 *   <tr><td><b>2x, fixed 63-colour palette, unfiltered, level 3 (chosen)</b></td><td>1440×600</td><td><b>8.2</b></td><td><b>36.2</b></td></tr>
 *   <tr><td>2x, 64-colour palette, unfiltered, level 9</td><td>1440×600</td><td>39.7</td><td>29.7</td></tr>
 *   <tr><td>2x, 32-colour palette, unfiltered, level 6</td><td>1440×600</td><td>11.3</td><td>29.3</td></tr>
 * </table>
 * Of the first choice's 11.3 ms, drawing was about 3.4, the palette 3.7 and deflate 4.6. The
 * palette now takes about 2.9 (each pixel is looked up once, not twice), and the picture, the
 * palette's working arrays and the deflater are reused per thread ({@code Scratch}) instead of
 * 5 MB of new arrays per chart. The rows in brackets were measured together on a busier
 * machine (drawing took 3.8 ms instead of 2.9): there the steps were draw 3.84, palette counted
 * 2.70 against fixed 2.38, deflate (with the row copy) 2.45 ms, and 400 different charts
 * averaged 34.4 KB with the fixed palette.
 */
class ChartBenchmark {

    @Test
    @EnabledIfSystemProperty(named = "chart.benchmark", matches = "true")
    void benchmark() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        ChartData data = Samples.monthly(36, "nb");
        record Option(String name, Encoded style) {
        }
        List<Option> options = List.of(
                new Option("1x RGB, ImageIO (as XChart's BitmapEncoder)", style(1, true, Encoding.RGB, 0, -1)),
                new Option("1x 256-colour palette, ImageIO (level 4)", style(1, true, Encoding.INDEXED, 256, -1)),
                new Option("1x 256-colour palette, unfiltered, level 6", style(1, true, Encoding.INDEXED_PLAIN, 256, 6)),
                new Option("1x 64-colour palette, unfiltered, level 6", style(1, true, Encoding.INDEXED_PLAIN, 64, 6)),
                new Option("1x no anti-aliasing, unfiltered, level 6", style(1, false, Encoding.INDEXED_PLAIN, 64, 6)),
                new Option("2x RGB, ImageIO", style(2, true, Encoding.RGB, 0, -1)),
                new Option("2x 256-colour palette, ImageIO (level 4)", style(2, true, Encoding.INDEXED, 256, -1)),
                new Option("2x 256-colour palette, unfiltered, level 6", style(2, true, Encoding.INDEXED_PLAIN, 256, 6)),
                new Option("2x 64-colour palette, unfiltered, level 6", style(2, true, Encoding.INDEXED_PLAIN, 64, 6)),
                new Option("2x 64-colour palette, unfiltered, level 3", style(2, true, Encoding.INDEXED_PLAIN, 64, 3)),
                new Option("2x fixed 63-colour palette, unfiltered, level 3 *", style(2, true, Encoding.FIXED_PALETTE, 0, 3)),
                new Option("2x 64-colour palette, unfiltered, level 9", style(2, true, Encoding.INDEXED_PLAIN, 64, 9)),
                new Option("2x 32-colour palette, unfiltered, level 6", style(2, true, Encoding.INDEXED_PLAIN, 32, 6)));

        System.out.printf("KPI chart, 36 points, %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf("CPU ms per chart on one thread (median of 5 x 20), KB per chart%n");
        System.out.printf("%-46s %11s %9s %9s %9s%n", "option (* = chosen)", "pixels", "ms/chart", "draw ms", "KB");
        for (Option o : options) {
            KpiChart.Style st = o.style().drawing();
            for (int i = 0; i < 20; i++) {
                o.style().png(data);
            }
            double draw = median(5, 20, () -> ChartEncodings.image(data, st));
            double total = median(5, 20, () -> o.style().png(data));
            int bytes = o.style().png(data).length;
            System.out.printf("%-46s %11s %9.1f %9.1f %9.1f%n", o.name(),
                    st.width() * st.scale() + "x" + st.height() * st.scale(), total, draw, bytes / 1024.0);
        }

        phases(data);

        // The chosen option on 1 and 2 threads, every chart different (as in a real build).
        int count = 400;
        List<ChartData> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(Samples.monthly(30 + i % 13, i % 2 == 0 ? "nb" : "en", i));
        }
        long bytes = 0;
        for (ChartData d : all) {
            bytes += KpiChart.png(d).length;
        }
        System.out.printf("%nchosen, %d different charts of 30–42 points: %.1f KB per chart on average%n", count,
                bytes / 1024.0 / count);
        double[] cpu = new double[1];
        for (int threads : new int[] {1, 2, 1, 2}) {
            double ms = wall(threads, all, KpiChart::png, cpu);
            System.out.printf("  %d thread%s: %.2f ms per chart of wall time (%.2f ms CPU per chart)%n", threads,
                    threads == 1 ? " " : "s", ms, cpu[0]);
        }
        for (int threads : new int[] {1, 2}) {
            Path dir = Files.createTempDirectory("chart-cache");
            try {
                ChartCache cache = new ChartCache(dir);
                double cold = wall(threads, all, cache::png, cpu);
                double warm = wall(threads, all, cache::png, cpu);
                System.out.printf("  cache, %d thread%s: %.2f ms per chart cold (%d misses), %.3f ms warm (%d hits)%n",
                        threads, threads == 1 ? " " : "s", cold, cache.misses(), warm, cache.hits());
            } finally {
                deleteTree(dir);
            }
        }
    }

    /**
     * CPU ms per chart of each step at 2x, level 3: drawing, then the palette (counted per
     * chart, or fixed) and deflate, apart.
     */
    private static void phases(ChartData data) throws Exception {
        KpiChart.Style st = KpiChart.DEFAULT;
        java.awt.image.BufferedImage image = ChartEncodings.image(data, st);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] raw = new byte[h * (w + 1)];
        java.awt.image.BufferedImage indexed = ChartEncodings.toIndexed(image, 64, new int[0]);
        for (int i = 0; i < 20; i++) {
            ChartEncodings.toIndexed(image, 64, new int[0]);
            FixedPalette.indexRows(px, w, h, KpiChart.PALETTE, KpiChart.STATUS_ONLY, raw);
            ChartEncodings.plain(indexed, 3);
        }
        double draw = median(5, 20, () -> ChartEncodings.image(data, st));
        double counted = median(5, 20, () -> ChartEncodings.toIndexed(image, 64, new int[0]));
        double fixed = median(5, 20, () -> {
            FixedPalette.indexRows(px, w, h, KpiChart.PALETTE, KpiChart.STATUS_ONLY, raw);
            return raw;
        });
        double plain = median(5, 20, () -> ChartEncodings.plain(indexed, 3));
        System.out.printf("%nsteps at 2x, CPU ms per chart: draw %.2f, palette counted %.2f, palette fixed %.2f,"
                + " deflate level 3 (with row copy) %.2f%n", draw, counted, fixed, plain);
    }

    /** One option measured: how the chart is drawn and how it is encoded. */
    private record Encoded(KpiChart.Style drawing, Encoding encoding, int colours, int level) {
        byte[] png(ChartData data) {
            return ChartEncodings.png(data, drawing, encoding, colours, level);
        }
    }

    private static Encoded style(int scale, boolean antiAlias, Encoding encoding, int colours, int level) {
        return new Encoded(new KpiChart.Style(KpiChart.WIDTH, KpiChart.HEIGHT, scale, antiAlias), encoding, colours,
                level);
    }

    private interface Job {
        Object run() throws Exception;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Median over {@code rounds} of the CPU ms per run of {@code perRound} runs on this thread:
     * steadier than wall time when other work shares the machine.
     */
    private static double median(int rounds, int perRound, Job job) throws Exception {
        double[] ms = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                job.run();
            }
            ms[r] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e6 / perRound;
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
    }

    /** Wall ms per chart (all charts on {@code threads} threads); CPU ms per chart into {@code cpu[0]}. */
    private static double wall(int threads, List<ChartData> all, java.util.function.Function<ChartData, byte[]> f,
            double[] cpu) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        try {
            long t0 = System.nanoTime();
            List<Future<byte[]>> futures = new ArrayList<>();
            for (ChartData d : all) {
                futures.add(pool.submit(() -> {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    byte[] png = f.apply(d);
                    cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
                    return png;
                }));
            }
            for (Future<byte[]> fu : futures) {
                fu.get();
            }
            cpu[0] = cpuNanos.get() / 1e6 / all.size();
            return (System.nanoTime() - t0) / 1e6 / all.size();
        } finally {
            pool.shutdown();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
