package no.scorebake.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import no.scorebake.model.Pos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The YAML trees of the last load, kept in one file of the project's {@code .scorebake/} so that
 * a build whose scorecards did not change does not parse them again: parsing the YAML of a large
 * project is a sizeable part of loading it, and a new month changes only its uploads. A tree is
 * kept by the file's path and the SHA-256 of its bytes, and the whole file by the identity of the
 * scorebake that wrote it, so a tree is only ever taken for the very bytes and the very code that
 * made it. Only trees read without any problem are kept; a file with a problem is parsed every
 * time, so its messages come from the parser as always.
 *
 * <p>The file is only a shortcut: when it is missing, damaged (its checksum does not match), of
 * another version or of another scorebake, it is left unread and every file is parsed; when it
 * cannot be written (a read-only or full disk), the build goes on without it.
 */
public final class YamlTrees {

    private static final Logger LOG = LoggerFactory.getLogger(YamlTrees.class);

    /** The first bytes of the file, then its format's version: a file of another format is never read as this one. */
    private static final int MAGIC = 0x53425954; // "SBYT"
    private static final int VERSION = 2;

    private static final byte MAPPING = 1;
    private static final byte SEQUENCE = 2;
    private static final byte SCALAR = 3;

    /** How a text is written: ASCII bytes, UTF-8 bytes, or chars of two bytes. */
    private static final int ASCII = 0;
    private static final int UTF_8 = 1;
    private static final int CHARS = 2;

    private static final int NULL_VALUE = 1;
    private static final int HAS_TEXT = 2;
    private static final int HAS_TEXT_POS = 4;

    /** Where a kept tree is in {@link #data}: the SHA-256 of the file's bytes, and its encoded tree. */
    private record Slot(byte[] sha, int offset, int length) {
    }

    /** A tree of this load with the hash of its file's bytes, and where its encoding is when it came from the file. */
    private record Kept(byte[] sha, YamlNode tree, Slot slot) {
    }

    /** What the code asks for and hands back: a file's path and the SHA-256 of its bytes. */
    record Key(String path, byte[] sha) {
    }

    private final Path file;
    private final String code;
    private byte[] data;
    private final Map<String, Slot> earlier;
    private final Map<String, Kept> now = new ConcurrentHashMap<>();

    private YamlTrees(Path file, String code, byte[] data, Map<String, Slot> earlier) {
        this.file = file;
        this.code = code;
        this.data = data;
        this.earlier = earlier;
    }

    /**
     * The trees kept in {@code file} by the scorebake {@code code} (its identity, as the build
     * records know it); none when there is no such file or it cannot be used. Never throws.
     */
    public static YamlTrees open(Path file, String code) {
        byte[] data = null;
        Map<String, Slot> slots = Map.of();
        try {
            data = Files.readAllBytes(file);
            slots = index(data, code);
        } catch (NoSuchFileException e) {
            LOG.debug("no YAML trees kept yet in {}", file);
        } catch (IOException | RuntimeException e) {
            LOG.debug("the YAML trees in {} are not used", file, e);
            slots = Map.of();
        }
        return new YamlTrees(file, code, slots.isEmpty() ? null : data, new HashMap<>(slots));
    }

    /** The slot of every tree in {@code data}, after checking its checksum, version and code. */
    private static Map<String, Slot> index(byte[] data, String code) throws IOException {
        if (data.length < 8) {
            throw new IOException("too short");
        }
        CRC32C crc = new CRC32C();
        crc.update(data, 0, data.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(data, data.length - 4, 4).getInt()) {
            throw new IOException("checksum does not match");
        }
        In in = new In(data, 0, data.length - 4);
        if (in.fixed() != MAGIC || in.fixed() != VERSION) {
            throw new IOException("not a file of YAML trees of this version");
        }
        String writtenBy = in.string();
        if (!writtenBy.equals(code)) {
            LOG.debug("YAML trees kept by another scorebake ({}), not used", writtenBy);
            return Map.of();
        }
        int n = in.count();
        Map<String, Slot> slots = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String path = in.string();
            byte[] sha = in.bytes(32);
            int length = in.count();
            slots.put(path, new Slot(sha, in.skip(length), length));
        }
        if (!in.atEnd()) {
            throw new IOException("bytes after the last tree");
        }
        return slots;
    }

    /** The key of the file {@code path} (relative to the project, as in messages) with these bytes. */
    static Key key(String path, byte[] bytes) {
        try {
            return new Key(path, MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The tree kept for exactly this file and these bytes, kept again for the next build; null
     * when there is none (or it cannot be read), and the file must be parsed.
     */
    YamlNode get(Key key) {
        Slot slot = earlier.get(key.path());
        if (slot == null || !Arrays.equals(slot.sha(), key.sha())) {
            return null;
        }
        try {
            In in = new In(data, slot.offset(), slot.offset() + slot.length());
            YamlNode tree = new Decoder(in, key.path()).node(0);
            if (!in.atEnd()) {
                throw new IOException("bytes after the tree");
            }
            now.put(key.path(), new Kept(key.sha(), tree, slot));
            return tree;
        } catch (IOException | RuntimeException e) {
            LOG.debug("the kept YAML tree of {} is not used", key.path(), e);
            return null;
        }
    }

    /** Keeps {@code tree}, read without any problem from the file of {@code key}, for the next build. */
    void put(Key key, YamlNode tree) {
        now.put(key.path(), new Kept(key.sha(), tree, null));
    }

    /**
     * Each tree of this load, by the file's path (relative to the project, with '/'); a file read
     * with a problem has none. The build keys its pages by their meaning
     * ({@link no.scorebake.bake.incremental.YamlMeaning}). Call it before {@link #pending}, which
     * lets the trees go.
     */
    public Map<String, YamlNode> trees() {
        Map<String, YamlNode> trees = new HashMap<>();
        now.forEach((path, kept) -> trees.put(path, kept.tree()));
        return trees;
    }

    /** How many trees this load took from the file rather than parsing (until {@link #pending}). */
    public int taken() {
        return (int) now.values().stream().filter(k -> k.slot() != null).count();
    }

    /**
     * What to write for the next build: the trees of this load (and only them), unless they are
     * exactly the ones already kept. Encoded now, so that the trees themselves need not be held
     * through the bake; written by {@link Pending#write} once the build has succeeded, since a
     * build that fails leaves the project as it was.
     */
    public Pending pending() {
        try {
            // Unchanged when every tree of this load came from the file and the file holds no other.
            if (now.values().stream().allMatch(k -> k.slot() != null) && now.keySet().equals(earlier.keySet())) {
                return new Pending(file, null);
            }
            return new Pending(file, encode(code, now, data));
        } catch (RuntimeException e) {
            LOG.debug("cannot encode the YAML trees", e);
            return new Pending(file, null);
        } finally {
            // Neither the trees nor the old file's bytes are needed any longer; the bake should not hold them.
            now.clear();
            earlier.clear();
            data = null;
        }
    }

    /** The bytes of the file of trees to write when the build has succeeded; null when it is as it should be. */
    public record Pending(Path file, byte[] bytes) {

        /**
         * Replaces the file at once (a new file moved over it), so a reader sees the old trees or
         * the new ones; when it cannot be written (a read-only or full disk) the build goes on
         * without it, and the next build parses what it must.
         */
        public void write() {
            if (bytes == null) {
                return;
            }
            Path temporary = null;
            try {
                Files.createDirectories(file.getParent());
                temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
                Files.write(temporary, bytes);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                temporary = null;
            } catch (IOException | RuntimeException e) {
                LOG.debug("cannot keep the YAML trees in {}", file, e);
            } finally {
                if (temporary != null) {
                    try {
                        Files.deleteIfExists(temporary);
                    } catch (IOException | RuntimeException e) {
                        LOG.debug("cannot delete {}", temporary, e);
                    }
                }
            }
        }
    }

    /** The file's bytes for {@code trees}, by path in sorted order, so the same trees always make the same file. */
    private static byte[] encode(String code, Map<String, Kept> trees, byte[] data) {
        Out out = new Out();
        out.fixed(MAGIC);
        out.fixed(VERSION);
        out.string(code);
        List<Map.Entry<String, byte[]>> encoded = new ArrayList<>();
        for (Map.Entry<String, Kept> e : new TreeMap<>(trees).entrySet()) {
            Kept k = e.getValue();
            byte[] body = k.slot() == null ? null : Arrays.copyOfRange(data, k.slot().offset(), k.slot().offset() + k.slot().length());
            if (body == null) {
                try {
                    body = encode(e.getKey(), k.tree());
                } catch (IllegalArgumentException unusual) {
                    LOG.debug("the YAML tree of {} is not kept", e.getKey(), unusual);
                    continue;
                }
            }
            encoded.add(Map.entry(e.getKey(), body));
        }
        out.count(encoded.size());
        for (Map.Entry<String, byte[]> e : encoded) {
            out.string(e.getKey());
            out.bytes(trees.get(e.getKey()).sha());
            out.count(e.getValue().length);
            out.bytes(e.getValue());
        }
        CRC32C crc = new CRC32C();
        crc.update(out.buffer, 0, out.size);
        out.fixed((int) crc.getValue());
        return Arrays.copyOf(out.buffer, out.size);
    }

    /**
     * One tree's bytes; every place in it must be in the file {@code path}, which is not written
     * again for each of them.
     *
     * @throws IllegalArgumentException for a tree this format cannot hold exactly (a place in another file, say)
     */
    static byte[] encode(String path, YamlNode tree) {
        Out out = new Out();
        new Encoder(out, path).node(tree);
        return Arrays.copyOf(out.buffer, out.size);
    }

    /** The tree of {@link #encode(String, YamlNode)}'s bytes for the file {@code path}. */
    static YamlNode decode(String path, byte[] bytes) throws IOException {
        In in = new In(bytes, 0, bytes.length);
        YamlNode tree = new Decoder(in, path).node(0);
        if (!in.atEnd()) {
            throw new IOException("bytes after the tree");
        }
        return tree;
    }

    /**
     * Writes a tree: a kind byte, places as line and column, texts through a table of the texts
     * seen so far in the tree (keys repeat in every KPI), counts and numbers as varints.
     */
    private static final class Encoder {
        private final Out out;
        private final String path;
        private final Map<String, Integer> texts = new HashMap<>();

        Encoder(Out out, String path) {
            this.out = out;
            this.path = path;
        }

        void node(YamlNode node) {
            if (node instanceof YamlNode.Mapping m) {
                out.write(MAPPING);
                pos(m.pos());
                out.count(m.entries().size());
                for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
                    YamlNode.Entry entry = e.getValue();
                    if (!e.getKey().equals(entry.key())) {
                        throw new IllegalArgumentException("an entry under another key");
                    }
                    text(entry.key());
                    pos(entry.keyPos());
                    node(entry.value());
                }
            } else if (node instanceof YamlNode.Sequence s) {
                out.write(SEQUENCE);
                pos(s.pos());
                out.count(s.items().size());
                for (YamlNode item : s.items()) {
                    node(item);
                }
            } else if (node instanceof YamlNode.Scalar s) {
                out.write(SCALAR);
                pos(s.pos());
                out.write((s.nullValue() ? NULL_VALUE : 0) | (s.text() != null ? HAS_TEXT : 0) | (s.textPos() != null ? HAS_TEXT_POS : 0));
                if (s.text() != null) {
                    text(s.text());
                }
                if (s.textPos() != null) {
                    pos(s.textPos());
                }
            } else {
                throw new IllegalArgumentException("not a node: " + node);
            }
        }

        private void pos(Pos pos) {
            if (pos == null || !path.equals(pos.path()) || pos.sheet() != null || pos.line() < 0 || pos.col() < 0) {
                throw new IllegalArgumentException("a place this format does not hold: " + pos);
            }
            out.count(pos.line());
            out.count(pos.col());
        }

        private void text(String text) {
            Integer seen = texts.get(text);
            if (seen != null) {
                out.count(seen);
                return;
            }
            out.count(texts.size());
            texts.put(text, texts.size());
            out.string(text);
        }
    }

    /** Reads what {@link Encoder} wrote. */
    private static final class Decoder {
        private final In in;
        private final String path;
        private final List<String> texts = new ArrayList<>();

        Decoder(In in, String path) {
            this.in = in;
            this.path = path;
        }

        YamlNode node(int depth) throws IOException {
            if (depth > YamlReader.MAX_NESTING) {
                throw new IOException("nested too deep");
            }
            byte kind = in.read();
            Pos pos = pos();
            switch (kind) {
                case MAPPING -> {
                    int n = in.count();
                    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        String key = text();
                        Pos keyPos = pos();
                        if (entries.put(key, new YamlNode.Entry(key, keyPos, node(depth + 1))) != null) {
                            throw new IOException("a key twice");
                        }
                    }
                    return new YamlNode.Mapping(entries, pos);
                }
                case SEQUENCE -> {
                    int n = in.count();
                    List<YamlNode> items = new ArrayList<>(Math.min(n, 1024));
                    for (int i = 0; i < n; i++) {
                        items.add(node(depth + 1));
                    }
                    return new YamlNode.Sequence(items, pos);
                }
                case SCALAR -> {
                    int flags = in.read();
                    if ((flags & ~(NULL_VALUE | HAS_TEXT | HAS_TEXT_POS)) != 0) {
                        throw new IOException("unknown flags " + flags);
                    }
                    String text = (flags & HAS_TEXT) != 0 ? text() : null;
                    Pos textPos = (flags & HAS_TEXT_POS) != 0 ? pos() : null;
                    return new YamlNode.Scalar(text, (flags & NULL_VALUE) != 0, pos, textPos);
                }
                default -> throw new IOException("unknown kind " + kind);
            }
        }

        private Pos pos() throws IOException {
            return new Pos(path, in.count(), in.count());
        }

        private String text() throws IOException {
            int i = in.count();
            if (i < texts.size()) {
                return texts.get(i);
            }
            if (i != texts.size()) {
                throw new IOException("text " + i + " before text " + texts.size());
            }
            String text = in.string();
            texts.add(text);
            return text;
        }
    }

    /** A growing byte array with the few encodings of the file. */
    private static final class Out {
        byte[] buffer = new byte[1 << 16];
        int size;

        private void room(int n) {
            if (size + n > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
            }
        }

        void write(int b) {
            room(1);
            buffer[size++] = (byte) b;
        }

        void bytes(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, buffer, size, b.length);
            size += b.length;
        }

        void fixed(int v) {
            room(4);
            ByteBuffer.wrap(buffer, size, 4).putInt(v);
            size += 4;
        }

        /** A number from 0 up, seven bits a byte. */
        void count(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            while (v >= 0x80) {
                write(v & 0x7F | 0x80);
                v >>>= 7;
            }
            write(v);
        }

        /**
         * A text: its length in bytes (in chars for the third kind) times four plus its kind, then
         * its bytes: ASCII, UTF-8 for a text without surrogates, else each char as two bytes
         * (which keeps any char, even half of a surrogate pair, that UTF-8 would replace).
         */
        void string(String s) {
            int n = s.length();
            boolean ascii = true;
            boolean surrogates = false;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                ascii &= c < 0x80;
                surrogates |= Character.isSurrogate(c);
            }
            if (n > (Integer.MAX_VALUE >> 4)) {
                throw new IllegalArgumentException("text too long");
            }
            if (ascii) {
                count(n << 2 | ASCII);
                room(n);
                for (int i = 0; i < n; i++) {
                    buffer[size++] = (byte) s.charAt(i);
                }
            } else if (!surrogates) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                count(utf8.length << 2 | UTF_8);
                bytes(utf8);
            } else {
                count(n << 2 | CHARS);
                room(2 * n);
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    buffer[size++] = (byte) (c >>> 8);
                    buffer[size++] = (byte) c;
                }
            }
        }
    }

    /** Reads what {@link Out} wrote from {@code data[at, end)}; past the end is an IOException, never a wrong value. */
    private static final class In {
        private byte[] data;
        private final int end;
        private int at;

        In(byte[] data, int from, int end) {
            this.data = data;
            this.at = from;
            this.end = end;
        }

        boolean atEnd() {
            return at == end;
        }

        private void need(int n) throws IOException {
            if (n < 0 || n > end - at) {
                throw new IOException("ends early");
            }
        }

        byte read() throws IOException {
            need(1);
            return data[at++];
        }

        int fixed() throws IOException {
            need(4);
            int v = ByteBuffer.wrap(data, at, 4).getInt();
            at += 4;
            return v;
        }

        int count() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                byte b = read();
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    if (v < 0) {
                        throw new IOException("negative count");
                    }
                    return v;
                }
            }
            throw new IOException("count too long");
        }

        byte[] bytes(int n) throws IOException {
            need(n);
            byte[] b = Arrays.copyOfRange(data, at, at + n);
            at += n;
            return b;
        }

        /** Skips {@code n} bytes; returns where they start. */
        int skip(int n) throws IOException {
            need(n);
            int from = at;
            at += n;
            return from;
        }

        String string() throws IOException {
            int head = count();
            int n = head >>> 2;
            switch (head & 3) {
                case ASCII, UTF_8 -> {
                    need(n);
                    String s = new String(data, at, n, (head & 3) == ASCII ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                    at += n;
                    return s;
                }
                case CHARS -> {
                    need(2 * n);
                    char[] chars = new char[n];
                    for (int i = 0; i < n; i++) {
                        chars[i] = (char) ((data[at] & 0xFF) << 8 | data[at + 1] & 0xFF);
                        at += 2;
                    }
                    return new String(chars);
                }
                default -> throw new IOException("unknown kind of text " + (head & 3));
            }
        }
    }
}
