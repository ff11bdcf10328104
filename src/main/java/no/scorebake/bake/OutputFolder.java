package no.scorebake.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import no.scorebake.load.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a build writes to. Nothing in it changes until the whole build has succeeded, so a
 * failed build leaves the previous site as it was; and a file whose bytes are the same as
 * before is not written again, so a rebuild touches only what changed.
 *
 * <p>Each file of the build is compared with the one already in the output folder. A new or
 * changed file is written into a staging folder beside it ({@code .site.building},
 * {@link #stagingOf}); an equal one is only noted. {@link #commit} then moves the changed files
 * into place one by one (each rename atomic), deletes the files the build no longer makes, and
 * removes the staging folder. When there is no earlier output, the staging folder becomes the
 * output in one rename. A build killed during the commit leaves some files new and some old,
 * each whole; the next build repairs that, since it compares every file again.
 *
 * <p>{@code publish} never changes the published folder in place: it {@link #assemble}s a new
 * folder beside it. Every file of the new site is compared with the published one; an equal one
 * is hard-linked into the staging folder (or copied where the file system refuses a hard link,
 * found by trying), a new or changed one written, and the staging folder becomes the new folder
 * in one rename. So only the changed bytes cross the network to a file share. A hard-linked file
 * is shared by both versions, which is why no file is ever written into in place here: every
 * file is created new ({@code CREATE_NEW}), moved over by a rename, or deleted (which unlinks
 * only that version's name).
 *
 * <p>Only a folder that scorebake made (it holds the marker file) or an empty one is ever
 * written to: {@code --out ~} must not delete someone's home.
 */
public final class OutputFolder {

    private static final Logger LOG = LoggerFactory.getLogger(OutputFolder.class);

    /** Marks a folder as scorebake's output, safe to replace. */
    public static final String MARKER = ".scorebake-site";

    private static final String MARKER_TEXT = "This folder is baked by scorebake and replaced by each build.\n";

    private final Path target;
    private final Path staging;
    /** The folder whose equal files are reused: the target itself in an incremental build, the published site when assembling; null when there is none. */
    private final Path earlier;
    private final boolean incremental;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Counter written = new Counter();
    private final Counter linked = new Counter();
    private final Counter copied = new Counter();
    private final AtomicInteger unchanged = new AtomicInteger();
    private volatile String linkRefused;
    /** Writes hold it shared; {@link #abandon} exclusively, so no write lands after the staging folder is gone. */
    private final ReadWriteLock open = new ReentrantReadWriteLock();
    private boolean abandoned;

    private OutputFolder(Path target, Path staging, Path earlier, boolean incremental) {
        this.target = target;
        this.staging = staging;
        this.earlier = earlier;
        this.incremental = incremental;
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

    /**
     * Prepares a staging folder beside {@code target}.
     *
     * @throws InputException when {@code target} exists and is neither empty nor scorebake's output
     */
    public static OutputFolder prepare(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t) && !Files.isDirectory(t)) {
            throw new InputException(t + " is a file, not a folder; choose another --out");
        }
        boolean ours = Files.isDirectory(t) && Files.exists(t.resolve(MARKER));
        if (Files.isDirectory(t) && !ours && !Folders.isEmpty(t)) {
            throw new InputException(t + " holds files that scorebake did not write (no " + MARKER
                    + " marker); choose an empty or new folder for --out");
        }
        return open(t, ours ? t : null, ours);
    }

    /**
     * Prepares a staging folder for a new folder {@code target}, which must not exist yet, made
     * of {@code current}'s files where the build's bytes equal them (hard-linked, or copied) and
     * of new files where they differ; {@code current} itself is only read.
     *
     * @param current the site now published, or null when there is none
     */
    public static OutputFolder assemble(Path target, Path current) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(t + " exists already; a new folder is assembled only where there is none");
        }
        return open(t, current == null ? null : current.toAbsolutePath().normalize(), false);
    }

    private static OutputFolder open(Path target, Path earlier, boolean incremental) throws IOException {
        Files.createDirectories(target.getParent());
        Path staging = stagingOf(target);
        Folders.deleteTree(staging);
        Files.createDirectories(staging);
        OutputFolder folder = new OutputFolder(target, staging, earlier, incremental);
        folder.write(MARKER, MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
        return folder;
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
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        String key = staging.relativize(file).toString().replace('\\', '/');
        open.readLock().lock();
        try {
            if (abandoned) {
                throw new IOException("the build was abandoned; not writing " + key);
            }
            produced.add(key);
            Path same = earlier == null ? null : earlier.resolve(key);
            if (same != null && sameBytes(same, bytes)) {
                if (incremental) {
                    unchanged.incrementAndGet();
                } else {
                    folderOf(file);
                    reuse(same, file, bytes.length);
                }
                return;
            }
            folderOf(file);
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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

    private void folderOf(Path file) throws IOException {
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /**
     * Puts the earlier output's equal file into the staging folder: a hard link where the file
     * system makes one, else a copy. Which one is found by trying, for each file, since a share
     * may refuse links (SMB, FAT) or refuse one more link to a file (a link limit).
     */
    private void reuse(Path from, Path to, long size) throws IOException {
        try {
            Files.createLink(to, from);
            linked.add(size);
            return;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (linkRefused == null) {
                linkRefused = e.getMessage();
            }
        }
        Files.copy(from, to);
        copied.add(size);
    }

    /**
     * Keeps the output folder's {@code relative} as it is, as a file of this build, when
     * {@code earlier} vouches that it is still what the last build left there; false (and
     * nothing kept) otherwise, and the caller renders the file.
     */
    boolean keep(String relative, LastBuild.Earlier earlier) {
        if (!incremental || !earlier.intact(relative)) {
            return false;
        }
        open.readLock().lock();
        try {
            if (abandoned) {
                return false;
            }
            produced.add(relative);
            unchanged.incrementAndGet();
            return true;
        } finally {
            open.readLock().unlock();
        }
    }

    private static boolean sameBytes(Path existing, byte[] bytes) {
        try {
            return Files.size(existing) == bytes.length && Arrays.equals(Files.readAllBytes(existing), bytes);
        } catch (IOException e) {
            // None there, a folder where a file should be, an unreadable file: write it anew.
            LOG.debug("{} is written anew: {}", existing, e.toString());
            return false;
        }
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
    }

    /**
     * Puts the finished build in place of the old output: the changed files, and away the files
     * this build did not make. Returns the counts.
     */
    public Counts commit() throws IOException {
        if (!incremental) {
            Path old = parkedOf(target);
            Folders.deleteTree(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            Folders.deleteTree(old);
            return counts(0);
        }
        List<String> moves = new ArrayList<>(changed);
        moves.sort(null);
        for (String key : moves) {
            moveIn(key);
        }
        int deleted = deleteOthers();
        removeStaging();
        return counts(deleted);
    }

    /**
     * Removes the staging folder, which after the moves holds only the folders the build made
     * there: each is removed by name, deepest first, rather than listed; should anything else
     * be left in one, the whole tree is deleted.
     */
    private void removeStaging() throws IOException {
        TreeSet<Path> made = new TreeSet<>(Comparator.reverseOrder());
        for (Path folder : folders) {
            for (Path f = folder; f.startsWith(staging) && !f.equals(staging) && made.add(f); f = f.getParent()) {
                // each folder on the way up, once
            }
        }
        try {
            for (Path folder : made) {
                Files.delete(folder);
            }
            Files.delete(staging);
        } catch (IOException e) {
            LOG.debug("the staging folder {} holds more than its folders; deleting it whole", staging, e);
            Folders.deleteTree(staging);
        }
    }

    /**
     * Moves the changed file {@code key} into the output, by a rename. Most files go into a
     * folder that is there already, so the rename is tried first, and only when it fails is the
     * folder made, or a folder where the file goes deleted.
     */
    private void moveIn(String key) throws IOException {
        Path from = staging.resolve(key);
        Path to = target.resolve(key);
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return;
        } catch (IOException e) {
            if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                Folders.deleteTree(to);
            } else {
                Files.createDirectories(to.getParent());
            }
        }
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Counts counts(int deleted) {
        return new Counts(written.tally(), linked.tally(), copied.tally(), unchanged.get(), deleted, linkRefused);
    }

    /** Every file this build made (relative, with '/'), for the record of the build. */
    public Set<String> files() {
        return Set.copyOf(produced);
    }

    /** Deletes the files (and then empty folders) of the output that this build did not make. */
    private int deleteOthers() throws IOException {
        AtomicInteger deleted = new AtomicInteger();
        Files.walkFileTree(target, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String key = target.relativize(file).toString().replace('\\', '/');
                if (!produced.contains(key)) {
                    Files.delete(file);
                    deleted.incrementAndGet();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(target) && Folders.isEmpty(dir)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return deleted.get();
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
    private static final class Counter {
        private final LongAdder files = new LongAdder();
        private final LongAdder bytes = new LongAdder();

        void add(long size) {
            files.increment();
            bytes.add(size);
        }

        Tally tally() {
            return new Tally(files.intValue(), bytes.sum());
        }
    }
}
