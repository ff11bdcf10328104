package no.scorebake.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import no.scorebake.bake.incremental.VersionMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a build writes to. Nothing in it changes until the whole build has succeeded, so a
 * failed build leaves the previous site as it was; and a file whose bytes are the same as
 * before is not written again, so a rebuild touches only what changed.
 *
 * <p>Each file of the build is compared with the one in the earlier output (if any). A new or
 * changed file is written into a staging folder beside the target ({@code .site.building},
 * {@link #stagingOf}); what happens to an equal one, and how the staging folder becomes the
 * output, is the business of the two kinds of output folder: {@link InPlaceFolder}, which
 * {@code build} and {@code serve} replace file by file, and the new folder that {@code publish}
 * assembles beside the published one ({@code no.scorebake.publish.AssembledFolder}).
 *
 * <p>Only a folder that scorebake made (it holds the marker file) or an empty one is ever
 * written to: {@code --out ~} must not delete someone's home.
 */
public abstract class OutputFolder {

    private static final Logger LOG = LoggerFactory.getLogger(OutputFolder.class);

    /** Marks a folder as scorebake's output, safe to replace ({@link VersionMarker}). */
    public static final String MARKER = VersionMarker.NAME;

    /** The folder the build makes. */
    protected final Path target;
    /** Where the build writes first. */
    protected final Path staging;
    /** The folder whose equal files are reused: the target itself in an incremental build, the published site when assembling; null when there is none. */
    protected final Path earlier;
    /** The size and time (milliseconds) of files as this build leaves them, where it knows them without asking the disk again. */
    protected final Map<String, long[]> known = new ConcurrentHashMap<>();
    /** Every file this build made (relative, with '/'). */
    protected final Set<String> produced = ConcurrentHashMap.newKeySet();
    /** The files written new into the staging folder. */
    protected final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** The folders made in the staging folder. */
    protected final Set<Path> folders = ConcurrentHashMap.newKeySet();
    protected final Counter written = new Counter();
    /** Writes hold it shared; {@link #abandon} exclusively, so no write lands after the staging folder is gone. */
    private final ReadWriteLock open = new ReentrantReadWriteLock();
    private boolean abandoned;

    protected OutputFolder(Path target, Path earlier) {
        this.target = target;
        this.staging = stagingOf(target);
        this.earlier = earlier;
    }

    /** The hidden folder beside {@code target} where a build into it writes first: the one name every part of scorebake uses for it. */
    public static Path stagingOf(Path target) {
        Path t = target.toAbsolutePath().normalize();
        return t.resolveSibling("." + t.getFileName() + ".building");
    }

    /** The hidden folder beside {@code target} where a build that replaces it whole parks the old output until the new one is in place. */
    public static Path parkedOf(Path target) {
        Path t = target.toAbsolutePath().normalize();
        return t.resolveSibling("." + t.getFileName() + ".old");
    }

    /** Makes an empty staging folder and writes the marker {@code marker} into it; call once, right after construction. */
    protected final void start(String marker) throws IOException {
        Files.createDirectories(target.getParent());
        Folders.deleteTree(staging);
        Files.createDirectories(staging);
        write(MARKER, marker.getBytes(StandardCharsets.UTF_8));
    }

    /** The output folder itself. */
    public Path target() {
        return target;
    }

    /** Writes one text file (UTF-8) of the build. */
    public void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes one file of the build, unless the earlier output already holds these very bytes;
     * never outside the output folder. Safe to call from many threads.
     */
    public void write(String relative, byte[] bytes) throws IOException {
        Path file = inStaging(relative);
        String key = staging.relativize(file).toString().replace('\\', '/');
        open.readLock().lock();
        try {
            if (abandoned) {
                throw new IOException("the build was abandoned; not writing " + key);
            }
            produced.add(key);
            Path same = earlier == null ? null : earlier.resolve(key);
            BasicFileAttributes there = same == null ? null : attributes(same);
            seen(key, there);
            if (there != null && sameBytes(same, there, bytes)) {
                equal(key, file, same, there);
                return;
            }
            folderOf(file);
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            // A rename keeps a file's size and time, so these are the moved-in file's too.
            known.put(key, entry(Files.readAttributes(file, BasicFileAttributes.class)));
            written.add(bytes.length);
            changed.add(key);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // "No space left on device" arrives without a file name; say which file of the site it was.
            FileSystemException named = new FileSystemException(target.resolve(key).toString(), null, e.getMessage());
            named.initCause(e);
            throw named;
        } finally {
            open.readLock().unlock();
        }
    }

    /** Notes the earlier output's {@code key} as it is now ({@code there}: null when there is none), before the build's file is compared with it. */
    protected void seen(String key, BasicFileAttributes there) {
    }

    /** Takes the earlier output's file {@code same} (attributes {@code there}), equal to the build's {@code key}, as this build's. */
    protected abstract void equal(String key, Path file, Path same, BasicFileAttributes there) throws IOException;

    /**
     * Takes the earlier output's file {@code relative}, which the record of the last build
     * vouches for with size and time {@code asLeft}, or which the build carries (found there
     * with them), as this build's.
     */
    protected abstract void kept(String relative, Path file, long[] asLeft) throws IOException;

    protected final void folderOf(Path file) throws IOException {
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** Where {@code relative} goes in the staging folder; never outside it. */
    protected final Path inStaging(String relative) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        return file;
    }

    /**
     * Keeps {@code relatives} as the last build or publish left them, as files of this build:
     * the record of the last build vouches that each is still what it left there, with the size
     * and time {@code asLeft} ({@link no.scorebake.bake.incremental.PageKeys}). False (and
     * nothing kept) when there is no earlier output to keep them from, and the caller renders
     * them all.
     *
     * @throws UncheckedIOException when a file vouched for could not be kept (neither linked nor copied)
     */
    public boolean keep(String[] relatives, long[][] asLeft) {
        if (earlier == null) {
            return false; // a first build or publish: there is nothing to keep from
        }
        open.readLock().lock();
        try {
            if (abandoned) {
                return false;
            }
            for (int i = 0; i < relatives.length; i++) {
                kept(relatives[i], inStaging(relatives[i]), asLeft[i]);
                produced.add(relatives[i]);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.readLock().unlock();
        }
    }

    /**
     * Keeps {@code relative} as the earlier output holds it, as a file of this build, without
     * asking the record whether its inputs changed: a file this build does not make again but
     * must not lose (an earlier month's report, as it was published). False (and nothing kept)
     * when the earlier output has no such file.
     *
     * @throws UncheckedIOException when the file could be neither linked nor copied
     */
    public boolean carry(String relative) {
        if (earlier == null) {
            return false;
        }
        open.readLock().lock();
        try {
            Path file = inStaging(relative);
            String key = staging.relativize(file).toString().replace('\\', '/');
            Path there = earlier.resolve(key);
            BasicFileAttributes a = attributes(there);
            if (abandoned || a == null || !a.isRegularFile()) {
                return false;
            }
            seen(key, a);
            kept(key, file, entry(a));
            produced.add(key);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.readLock().unlock();
        }
    }

    /** The attributes of {@code existing}; null when there is none (or they cannot be read), and the file is written anew. */
    protected static BasicFileAttributes attributes(Path existing) {
        try {
            return Files.readAttributes(existing, BasicFileAttributes.class);
        } catch (IOException e) {
            LOG.debug("{} is written anew: {}", existing, e.toString());
            return null;
        }
    }

    private static boolean sameBytes(Path existing, BasicFileAttributes there, byte[] bytes) {
        try {
            return there.isRegularFile() && there.size() == bytes.length && Arrays.equals(Files.readAllBytes(existing), bytes);
        } catch (IOException e) {
            // An unreadable file: write it anew.
            LOG.debug("{} is written anew: {}", existing, e.toString());
            return false;
        }
    }

    /** A file's size and time as the record of a build holds them. */
    protected static long[] entry(BasicFileAttributes a) {
        return new long[] {a.size(), a.lastModifiedTime().toMillis()};
    }

    /** A number of files and their bytes. */
    public record Tally(int files, long bytes) {
        public Tally plus(Tally other) {
            return new Tally(files + other.files, bytes + other.bytes);
        }

        /** "812 files (31.2 MB)". */
        @Override
        public String toString() {
            return files + (files == 1 ? " file" : " files") + " (" + megabytes(bytes) + ")";
        }

        /** Bytes in MB (10^6) with one decimal: "0.4 MB", "1612.3 MB". */
        public static String megabytes(long bytes) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
    }

    /**
     * What a build put where: new or changed files {@code written}; files equal to the earlier
     * output {@code linked} or {@code copied} into a new folder (when assembling), or left
     * {@code unchanged} where they were (an incremental build); files of the earlier output
     * {@code deleted} because the build no longer makes them. {@code linkRefused} says why the
     * file system refused the first hard link, when it did.
     */
    public record Counts(Tally written, Tally linked, Tally copied, int unchanged, int deleted, String linkRefused) {
        /** The bytes that went to disk: the written files and the copies. */
        public Tally stored() {
            return written.plus(copied);
        }

        /** Every file of the site as the build leaves it, written, reused or kept, but for the marker. */
        public int files() {
            return written.files() + linked.files() + copied.files() + unchanged - 1;
        }
    }

    /**
     * Puts the finished build in place of the old output. Returns the counts.
     */
    public abstract Counts commit() throws IOException;

    /** Puts the staging folder in place of the whole target in one rename, the old output parked beside it meanwhile. */
    protected final void replaceWhole() throws IOException {
        Path old = parkedOf(target);
        Folders.deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        Folders.deleteTree(old);
    }

    /** Every file this build made (relative, with '/'), for the record of the build. */
    public Set<String> files() {
        return Set.copyOf(produced);
    }

    /**
     * The size and time (milliseconds) of files this build made, as it leaves them, where it knows
     * them without asking the disk again: a written file's as read when it was written (a rename
     * keeps them), an unchanged one's as read before its bytes were compared, a kept one's as the
     * last build recorded and found again; a hard-linked one's as its published file's (it is the
     * same file), a copy's as read after copying. Each was read from the file itself, so it can only be
     * too early, never vouch for bytes the build did not see: a file changed since reads as not
     * intact, and the next build looks at it again.
     */
    public Map<String, long[]> known() {
        return Collections.unmodifiableMap(known);
    }

    /** Throws the staging folder away after a failed build. */
    public void abandon() {
        open.writeLock().lock();
        try {
            abandoned = true;
            Folders.deleteTree(staging);
        } catch (IOException e) {
            // Leaving a hidden staging folder behind harms nothing; the next build removes it.
            LOG.debug("cannot delete the staging folder {}", staging, e);
        } finally {
            open.writeLock().unlock();
        }
    }

    /** Files and bytes counted from many threads. */
    protected static final class Counter {
        private final LongAdder files = new LongAdder();
        private final LongAdder bytes = new LongAdder();

        public Counter() {
        }

        public void add(long size) {
            files.increment();
            bytes.add(size);
        }

        public Tally tally() {
            return new Tally(files.intValue(), bytes.sum());
        }
    }
}
