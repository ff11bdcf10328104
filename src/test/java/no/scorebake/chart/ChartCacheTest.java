package no.scorebake.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCacheTest {

    @TempDir
    Path dir;

    @Test
    void rendersOnceThenServesTheFile() throws Exception {
        ChartCache cache = new ChartCache(dir);
        ChartData data = Samples.monthly(16, "nb");

        byte[] first = cache.png(data);
        assertEquals(1, cache.misses());
        assertEquals(0, cache.hits());

        byte[] second = cache.png(data);
        assertEquals(1, cache.misses());
        assertEquals(1, cache.hits());
        assertArrayEquals(first, second);
        assertArrayEquals(KpiChart.png(data), first, "the cache changes nothing in the picture");

        String key = ChartCache.key(data);
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".png");
        assertEquals(file, cache.file(data));
        assertArrayEquals(first, Files.readAllBytes(file));
        assertEquals(List.of(file), files(), "no temporary file left");
    }

    @Test
    void rendersAgainWhenTheDataChanges() {
        ChartCache cache = new ChartCache(dir);
        ChartData before = Samples.of("nb", "%", "120", "140", "yellow", "131", "140", "yellow");
        ChartData after = Samples.of("nb", "%", "120", "140", "yellow", "141", "140", "green");
        byte[] a = cache.png(before);
        byte[] b = cache.png(after);
        assertEquals(2, cache.misses());
        assertNotEquals(ChartCache.key(before), ChartCache.key(after));
        assertTrue(a.length > 0 && b.length > 0);
        cache.png(before);
        cache.png(after);
        assertEquals(2, cache.misses());
        assertEquals(2, cache.hits());
    }

    @Test
    void keptBetweenRuns() {
        ChartData data = Samples.monthly(12, "en");
        byte[] png = new ChartCache(dir).png(data);
        ChartCache next = new ChartCache(dir);
        assertArrayEquals(png, next.png(data));
        assertEquals(0, next.misses());
        assertEquals(1, next.hits());
    }

    @Test
    void keyIgnoresTrailingZerosButNothingThatIsDrawn() {
        ChartData a = Samples.of("nb", "%", "131.50", "140", "green");
        ChartData b = Samples.of("nb", "%", "131.5", "140.000", "green");
        assertEquals(ChartCache.key(a), ChartCache.key(b));

        List<ChartData> differ = List.of(
                Samples.of("nb", "%", "131.5", "140", "green"),
                Samples.of("en", "%", "131.5", "140", "green"),
                Samples.of("nb", "kr", "131.5", "140", "green"),
                Samples.of("nb", "%", "131.6", "140", "green"),
                Samples.of("nb", "%", "131.5", null, "green"),
                Samples.of("nb", "%", null, "140", "green"),
                Samples.of("nb", "%", "131.5", "140", "yellow"),
                Samples.of("nb", "%", "131.5", "140", "green", "131.5", "140", "green"));
        assertEquals(differ.size(), differ.stream().map(ChartCache::key).distinct().count());
    }

    @Test
    void labelsCannotImitateTheSeparators() {
        ChartData one = new ChartData(List.of(new ChartData.Point("a 1 2 green\n3:b", BigDecimal.ONE, null, "red")),
                "nb", "");
        ChartData two = new ChartData(List.of(new ChartData.Point("a", BigDecimal.ONE, BigDecimal.valueOf(2), "green"),
                new ChartData.Point("b", BigDecimal.ONE, null, "red")), "nb", "");
        assertNotEquals(ChartCache.key(one), ChartCache.key(two));
        assertTrue(ChartCache.canonical(one).contains(KpiChart.STYLE_VERSION), "style version in the key");
    }

    @Test
    void threadsAskingForTheSameChartRenderItOnce() throws Exception {
        ChartCache cache = new ChartCache(dir);
        ChartData data = Samples.monthly(36, "nb");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.png(data);
                }));
            }
            start.countDown();
            byte[] first = results.get(0).get();
            for (Future<byte[]> r : results) {
                assertArrayEquals(first, r.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, cache.misses());
        assertEquals(threads - 1, cache.hits());
    }

    @Test
    void manyChartsInParallel() throws Exception {
        ChartCache cache = new ChartCache(dir);
        List<ChartData> all = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            all.add(Samples.monthly(12 + i % 5, i % 2 == 0 ? "nb" : "en", i / 2));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (ChartData d : all) {
                results.add(pool.submit(() -> cache.png(d)));
                results.add(pool.submit(() -> cache.png(d)));
            }
            for (int i = 0; i < all.size(); i++) {
                assertArrayEquals(KpiChart.png(all.get(i)), results.get(2 * i).get());
                assertArrayEquals(results.get(2 * i).get(), results.get(2 * i + 1).get());
            }
        } finally {
            pool.shutdown();
        }
        long distinct = all.stream().map(ChartCache::key).distinct().count();
        assertEquals(distinct, cache.misses());
        assertEquals(2L * all.size() - distinct, cache.hits());
        assertEquals(distinct, files().size());
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
