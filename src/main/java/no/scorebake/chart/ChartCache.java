package no.scorebake.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Charts rendered once per distinct content and kept on disk between builds.
 *
 * <p>The key is the SHA-256 of a canonical text of the {@link ChartData} (see
 * {@link #canonical}) together with {@link KpiChart#STYLE_VERSION}; the PNG is kept as
 * {@code <dir>/<first 2 hex digits>/<64 hex digits>.png}. {@link #png} returns the kept bytes
 * when the file exists, else renders, writes the file atomically (temporary file in the same
 * folder, then a move) and returns the bytes. Nothing is ever deleted: a chart whose data
 * changed gets a new key; clear the folder to reclaim space.
 *
 * <p>Safe for any number of threads. Two threads asking for the same chart at once render it
 * once: the second waits for the first and counts as a hit.
 */
public final class ChartCache {

    private static final Logger LOG = LoggerFactory.getLogger(ChartCache.class);

    private final Path dir;
    private final ConcurrentHashMap<String, FutureTask<byte[]>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** A cache kept in {@code dir}, created when first needed. */
    public ChartCache(Path dir) {
        this.dir = dir;
    }

    /** The chart's PNG, from the cache or freshly rendered (and then kept). */
    public byte[] png(ChartData data) {
        String key = key(data);
        FutureTask<byte[]> task = new FutureTask<>(() -> loadOrRender(key, data));
        FutureTask<byte[]> running = inFlight.putIfAbsent(key, task);
        if (running != null) {
            hits.incrementAndGet();
            return await(running);
        }
        try {
            task.run();
            return await(task);
        } finally {
            inFlight.remove(key, task);
        }
    }

    /** Where the chart of {@code data} is (or would be) kept. */
    public Path file(ChartData data) {
        return file(key(data));
    }

    /** Charts served from the folder (or from another thread's rendering of the same chart). */
    public long hits() {
        return hits.get();
    }

    /** Charts rendered. */
    public long misses() {
        return misses.get();
    }

    /** Lowercase hex SHA-256 of the canonical text of the data and the chart style version. */
    public static String key(ChartData data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(data).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The data as one unambiguous text: style version, language, unit, then a line per point
     * with label, value, target and status. Strings carry their length ({@code 6:jan 05}), so no
     * label can imitate a separator; numbers are written without trailing zeros ({@code 131.50}
     * and {@code 131.5} draw the same chart and share a key); {@code -} is "none".
     */
    static String canonical(ChartData data) {
        StringBuilder s = new StringBuilder(64 + 48 * data.points().size());
        s.append("scorebake-chart\n");
        s.append("style ").append(text(KpiChart.STYLE_VERSION)).append('\n');
        s.append("language ").append(text(data.language())).append('\n');
        s.append("unit ").append(text(data.unit())).append('\n');
        s.append("points ").append(data.points().size()).append('\n');
        for (ChartData.Point p : data.points()) {
            s.append(text(p.label())).append(' ')
                    .append(number(p.value())).append(' ')
                    .append(number(p.target())).append(' ')
                    .append(p.status()).append('\n');
        }
        return s.toString();
    }

    private static String text(String s) {
        return s.length() + ":" + s;
    }

    private static String number(BigDecimal d) {
        return d == null ? "-" : d.signum() == 0 ? "0" : d.stripTrailingZeros().toString();
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".png");
    }

    private byte[] loadOrRender(String key, ChartData data) throws IOException {
        Path file = file(key);
        try {
            byte[] kept = Files.readAllBytes(file);
            hits.incrementAndGet();
            return kept;
        } catch (NoSuchFileException e) {
            LOG.debug("chart {} is not rendered yet", key);
        }
        byte[] png = KpiChart.png(data);
        misses.incrementAndGet();
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), key.substring(0, 8) + "-", ".tmp");
        try {
            Files.write(temp, png);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.debug("no atomic rename into the chart cache; renaming plainly", e);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return png;
    }

    private static byte[] await(FutureTask<byte[]> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a chart", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("chart cache: " + io.getMessage(), io);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
