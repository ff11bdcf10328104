package no.scorebake.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CSV uploads that earlier loads of the same model checked, by file and the SHA-256 of its
 * text: the preview loads the model again after every save, and checking each of a big
 * project's thousands of uploads again was most of that, when one upload had changed. How an
 * upload is checked depends on its path and text and on the model's YAML alone (which units,
 * scorecards and KPIs there are), so a check is kept while the YAML files have the same bytes;
 * a load whose YAML differs in any byte drops them all. A kept check gives the same problems and
 * figures as checking again ({@link MeasurementReader#take} replays them in order).
 */
public final class CheckedUploads {

    private record Kept(byte[] sha, MeasurementReader.Checked checked) {
    }

    private final Map<Path, Kept> kept = new ConcurrentHashMap<>();
    private byte[] model = new byte[0];

    /**
     * Begins a load whose model YAML files have the bytes among {@code read} (by path; the
     * loader takes them from there): when those differ from the last load's, nothing is kept.
     */
    synchronized void begin(Path root, Map<Path, byte[]> read) {
        MessageDigest sha = sha256();
        Path model = root.resolve("model");
        for (Map.Entry<Path, byte[]> e : new TreeMap<>(read).entrySet()) {
            if (e.getKey().startsWith(model) && e.getKey().getFileName().toString().endsWith(".yaml")) {
                sha.update(e.getKey().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
            }
        }
        byte[] now = sha.digest();
        if (!Arrays.equals(now, this.model)) {
            kept.clear();
            this.model = now;
        }
    }

    /** The check of {@code file} with this text from an earlier load, or null. */
    MeasurementReader.Checked get(Path file, byte[] textSha) {
        Kept k = kept.get(file);
        return k != null && Arrays.equals(k.sha(), textSha) ? k.checked() : null;
    }

    void put(Path file, byte[] textSha, MeasurementReader.Checked checked) {
        kept.put(file, new Kept(textSha, checked));
    }

    /** Forgets the files that this load did not check (deleted uploads). */
    void retain(java.util.Set<Path> files) {
        kept.keySet().retainAll(files);
    }

    static byte[] textSha(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
