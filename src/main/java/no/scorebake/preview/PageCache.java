package no.scorebake.preview;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files the preview has rendered, by path, up to a number of bytes: the least recently
 * served go first. A browser asks for the same page again on every reload and every visit, and
 * a big site would not fit in memory, so it keeps what is being looked at. A plain LRU map: the
 * preview serves one person, so one lock is enough.
 */
final class PageCache {

    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> files = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The file at {@code path}, or null when it is not kept. */
    synchronized byte[] get(String path) {
        return files.get(path);
    }

    /** Keeps these files, dropping the least recently served ones beyond the limit. */
    synchronized void putAll(Map<String, byte[]> rendered) {
        rendered.forEach((path, b) -> {
            byte[] old = files.put(path, b);
            bytes += b.length - (old == null ? 0 : old.length);
        });
        var eldest = files.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    synchronized int size() {
        return files.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
