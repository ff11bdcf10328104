package no.scorebake.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preview's cache of rendered files stays within its bytes, dropping the least recently served first. */
class PageCacheTest {

    @Test
    void keepsWithinItsBytesDroppingTheLeastRecentlyServed() {
        PageCache cache = new PageCache(100);
        Map<String, byte[]> job = new LinkedHashMap<>();
        job.put("a/index.html", new byte[40]);
        job.put("data/a.json", new byte[30]);
        cache.putAll(job);
        assertEquals(70, cache.bytes());
        cache.putAll(Map.of("b.html", new byte[20]));
        assertEquals(90, cache.bytes());
        cache.get("a/index.html"); // served again: now the most recent
        cache.putAll(Map.of("c.html", new byte[25]));
        assertNull(cache.get("data/a.json"), "the least recently served went first");
        assertEquals(85, cache.bytes());
        assertArrayEquals(new byte[40], cache.get("a/index.html"));
        assertEquals(3, cache.size());
        cache.putAll(Map.of("c.html", new byte[5]));
        assertEquals(65, cache.bytes(), "a file kept again counts once, at its new size");
        cache.putAll(Map.of("huge.pdf", new byte[500]));
        assertEquals(0, cache.size(), "a file larger than the cache is not kept, nor is anything else");
        assertEquals(0, cache.bytes());
    }
}
