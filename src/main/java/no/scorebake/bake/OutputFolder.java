package no.scorebake.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import no.scorebake.problem.InputException;
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
 * output in one rename. The files the build no longer makes are found in the record of the last
 * build ({@link LastBuild}): those it lists and this build did not make. When there is no record
 * to go by, or the build found one of its files other than the last build left it (someone has
 * been at the folder), every folder is listed instead, and whatever no build made goes too; a
 * file put beside untouched ones stays until then, as it does when nothing changed at all. A
 * build killed during the commit leaves some files new and some old, each whole; the next build
 * repairs that, since it compares every file again, and lists every folder, since the record of
 * the last build is forgotten before its commit starts.
 *
 * <p>{@code publish} never changes the published folder in place: it {@link #assemble}s a new
 * folder beside it. Every file of the new site is compared with the published one, or kept
 * unrendered when the record of the last publish vouches for it ({@link #keep}); an equal or kept one
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
    /** The marker of a published version goes on with this and the version's token (see {@link LastBuild}). */
    private static final String TOKEN_LINE = "publish ";

    private final Path target;
    private final Path staging;
    /** The folder whose equal files are reused: the target itself in an incremental build, the published site when assembling; null when there is none. */
    private final Path earlier;
    private final boolean incremental;
    /** The record of the last build into the target, which an incremental build goes by to find the files it no longer makes; null when there is none to go by. */
    private final LastBuild.Earlier last;
    /** The size and time (milliseconds) of files as this build leaves them, where it knows them without asking the disk again. */
    private final Map<String, long[]> known = new ConcurrentHashMap<>();
    /** Whether a file was found other than the last build left it (changed, gone, or there unrecorded): someone has been at the folder. */
    private volatile boolean touched;
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

    private OutputFolder(Path target, Path staging, Path earlier, boolean incremental, LastBuild.Earlier last) {
        this.target = target;
        this.staging = staging;
        this.earlier = earlier;
        this.incremental = incremental;
        this.last = incremental ? last : null;
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
        return prepare(target, null);
    }

    /**
     * As {@link #prepare(Path)}, going by {@code last}, the record of the last build into
     * {@code target}, to find the files this build no longer makes (null: there is none to go
     * by, and every folder of the output is listed to find them).
     */
    static OutputFolder prepare(Path target, LastBuild.Earlier last) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t) && !Files.isDirectory(t)) {
            throw new InputException(t + " is a file, not a folder; choose another --out");
        }
        boolean ours = Files.isDirectory(t) && Files.exists(t.resolve(MARKER));
        if (Files.isDirectory(t) && !ours && !Folders.isEmpty(t)) {
            throw new InputException(t + " holds files that scorebake did not write (no " + MARKER
                    + " marker); choose an empty or new folder for --out");
        }
        return open(t, ours ? t : null, ours, last);
    }

    /**
     * Prepares a staging folder for a new folder {@code target}, which must not exist yet, made
     * of {@code current}'s files where the build's bytes equal them (hard-linked, or copied) and
     * of new files where they differ; {@code current} itself is only read.
     *
     * @param current the site now published, or null when there is none
     */
    public static OutputFolder assemble(Path target, Path current) throws IOException {
        return assemble(target, current, null);
    }

    /**
     * As {@link #assemble(Path, Path)}, with {@code token} (when not null) written into the new
     * folder's marker: the token by which the record of a publish knows its version
     * ({@link LastBuild#ofPublished}). Only the marker holds it, never a page.
     */
    static OutputFolder assemble(Path target, Path current, String token) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(t + " exists already; a new folder is assembled only where there is none");
        }
        return open(t, current == null ? null : current.toAbsolutePath().normalize(), false, null,
                token == null ? MARKER_TEXT : MARKER_TEXT + TOKEN_LINE + token + "\n");
    }

    /** The token in a marker's text {@code marker}; null when it holds none (the output of {@code build}, or an earlier scorebake's). */
    static String tokenOf(String marker) {
        for (String line : marker.split("\n")) {
            if (line.startsWith(TOKEN_LINE) && line.length() > TOKEN_LINE.length()) {
                return line.substring(TOKEN_LINE.length()).strip();
            }
        }
        return null;
    }

    private static OutputFolder open(Path target, Path earlier, boolean incremental, LastBuild.Earlier last) throws IOException {
        return open(target, earlier, incremental, last, MARKER_TEXT);
    }

    private static OutputFolder open(Path target, Path earlier, boolean incremental, LastBuild.Earlier last, String marker)
            throws IOException {
        Files.createDirectories(target.getParent());
        Path staging = stagingOf(target);
        Folders.deleteTree(staging);
        Files.createDirectories(staging);
        OutputFolder folder = new OutputFolder(target, staging, earlier, incremental, last);
        folder.write(MARKER, marker.getBytes(StandardCharsets.UTF_8));
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
            if (incremental) {
                check(key, there);
            }
            if (there != null && sameBytes(same, there, bytes)) {
                if (incremental) {
                    unchanged.incrementAndGet();
                    // Read before the bytes were compared: if the file changed since, the time differs and the next build looks again.
                    known.putIfAbsent(key, entry(there));
                } else {
                    folderOf(file);
                    known.put(key, reuse(same, file, entry(there)));
                }
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

    private void folderOf(Path file) throws IOException {
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** Where {@code relative} goes in the staging folder; never outside it. */
    private Path inStaging(String relative) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        return file;
    }

    /**
     * Puts the earlier output's equal file into the staging folder: a hard link where the file
     * system makes one, else a copy. Which one is found by trying, for each file, since a share
     * may refuse links (SMB, FAT) or refuse one more link to a file (a link limit). Returns the
     * size and time of the file put there: {@code asThere}'s for a link (it is the same file),
     * the copy's own for a copy.
     */
    private long[] reuse(Path from, Path to, long[] asThere) throws IOException {
        try {
            Files.createLink(to, from);
            linked.add(asThere[0]);
            return asThere;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (linkRefused == null) {
                linkRefused = e.getMessage();
            }
        }
        Files.copy(from, to);
        copied.add(asThere[0]);
        return entry(Files.readAttributes(to, BasicFileAttributes.class));
    }

    /**
     * Keeps {@code relatives} as the last build or publish left them, as files of this build,
     * when {@code record} vouches that every one of them is still what it left there; false
     * (and nothing kept) otherwise, and the caller renders them all. In place, a kept file is
     * only noted; when assembling a new folder, it is hard-linked (or copied) from the published
     * one, as an equal file is.
     *
     * @throws UncheckedIOException when a file vouched for could be neither linked nor copied
     */
    boolean keep(LastBuild.Earlier record, String... relatives) {
        if (!incremental && earlier == null) {
            return false; // a first publish: there is nothing to keep from
        }
        long[][] asLeft = new long[relatives.length][];
        for (int i = 0; i < relatives.length; i++) {
            asLeft[i] = record.asLeft(relatives[i]);
            if (asLeft[i] == null) {
                return false;
            }
        }
        open.readLock().lock();
        try {
            if (abandoned) {
                return false;
            }
            for (int i = 0; i < relatives.length; i++) {
                String relative = relatives[i];
                if (incremental) {
                    known.putIfAbsent(relative, asLeft[i]);
                    unchanged.incrementAndGet();
                } else {
                    Path file = inStaging(relative);
                    folderOf(file);
                    known.put(relative, reuse(earlier.resolve(relative), file, asLeft[i]));
                }
                produced.add(relative);
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
     * must not lose (an earlier month's report, as it was published). In place it is only noted;
     * when assembling a new folder, it is hard-linked (or copied) from the published one. False
     * (and nothing kept) when the earlier output has no such file.
     *
     * @throws UncheckedIOException when the file could be neither linked nor copied
     */
    boolean carry(String relative) {
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
            if (incremental) {
                check(key, a);
                known.putIfAbsent(key, entry(a));
                unchanged.incrementAndGet();
            } else {
                folderOf(file);
                known.put(key, reuse(there, file, entry(a)));
            }
            produced.add(key);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.readLock().unlock();
        }
    }

    /** The attributes of {@code existing}; null when there is none (or they cannot be read), and the file is written anew. */
    private static BasicFileAttributes attributes(Path existing) {
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
    private static long[] entry(BasicFileAttributes a) {
        return new long[] {a.size(), a.lastModifiedTime().toMillis()};
    }

    /**
     * Notes when the output's {@code key} is not as the last build left it ({@code there}: its
     * attributes now, null when it is gone): then someone has been at the folder, and may have
     * put files there that no build made, so the commit lists every folder to find them.
     */
    private void check(String key, BasicFileAttributes there) {
        if (!touched && last != null && !last.leftAs(key, there)) {
            touched = true;
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

        /** Every file of the site as the build leaves it, written, reused or kept, but for the marker. */
        public int files() {
            return written.files() + linked.files() + copied.files() + unchanged - 1;
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
        Set<String> lastFiles = last == null || touched ? null : last.files();
        int deleted = lastFiles == null ? deleteOthers() : deleteStale(lastFiles);
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

    /**
     * The size and time (milliseconds) of files this build made, as it leaves them, where it knows
     * them without asking the disk again: a written file's as read when it was written (a rename
     * keeps them), an unchanged one's as read before its bytes were compared, a kept one's as the
     * last build recorded and found again; a hard-linked one's as its published file's (it is the
     * same file), a copy's as read after copying. Each was read from the file itself, so it can only be
     * too early, never vouch for bytes the build did not see: a file changed since reads as not
     * intact, and the next build looks at it again.
     */
    Map<String, long[]> known() {
        return Collections.unmodifiableMap(known);
    }

    /**
     * Deletes the files the last build made and this one does not ({@code lastFiles}, from its
     * record), then each of their folders that is left empty. Only these are looked at: the
     * site has tens of thousands of files, and a new month deletes none of them. Falls back to
     * {@link #deleteOthers} when the record names something that is not a file of the output,
     * or such a file cannot be deleted.
     */
    private int deleteStale(Set<String> lastFiles) throws IOException {
        AtomicInteger deleted = new AtomicInteger();
        try {
            if (deleteStale(lastFiles, deleted)) {
                return deleted.get();
            }
        } catch (IOException e) {
            LOG.debug("cannot delete a file the last build made in {}; listing every folder", target, e);
        }
        return deleted.get() + deleteOthers();
    }

    /** Deletes as {@link #deleteStale(Set)} says, counting into {@code deleted}; false when the record names something that is not a file of the output. */
    private boolean deleteStale(Set<String> lastFiles, AtomicInteger deleted) throws IOException {
        TreeSet<String> emptied = new TreeSet<>(Comparator.reverseOrder());
        for (String key : lastFiles) {
            if (produced.contains(key)) {
                continue;
            }
            Path file = target.resolve(key).normalize();
            // A damaged record may name a path out of the output, or one of this build's files by another spelling ("a/./b").
            if (!file.startsWith(target) || file.equals(target) || !target.relativize(file).toString().replace('\\', '/').equals(key)
                    || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                LOG.debug("the record of the last build names {}, not a file of {}; listing every folder", key, target);
                return false;
            }
            if (Files.deleteIfExists(file)) {
                deleted.incrementAndGet();
            }
            String folder = parent(key);
            if (folder != null) {
                emptied.add(folder);
            }
        }
        // Deepest first (a folder sorts after its parent, which is a prefix of it), each parent after its last child.
        for (String folder = emptied.pollFirst(); folder != null; folder = emptied.pollFirst()) {
            Path dir = target.resolve(folder);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && Folders.isEmpty(dir)) {
                Files.delete(dir);
                String up = parent(folder);
                if (up != null) {
                    emptied.add(up);
                }
            }
        }
        return true;
    }

    /** The folder of a relative path ("a/b" of "a/b/c.html"), null for a path at the top. */
    private static String parent(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash <= 0 ? null : relative.substring(0, slash);
    }

    /**
     * Deletes everything in the output that this build did not make, found by listing every
     * folder that holds a file of the build (no file is asked for its attributes: a name is
     * either the build's file, the build's folder, or not the build's). A folder of the build
     * is never empty, so what is left is exactly the build's. Symbolic links are deleted, never
     * followed. Used when there is no record of the last build to go by, or the folder was
     * found touched since.
     */
    private int deleteOthers() throws IOException {
        Set<String> folders = new HashSet<>();
        for (String key : produced) {
            for (String folder = parent(key); folder != null && folders.add(folder); folder = parent(folder)) {
                // each folder on the way up, once
            }
        }
        AtomicInteger deleted = new AtomicInteger();
        deleteOthers(target, "", folders, deleted);
        return deleted.get();
    }

    private void deleteOthers(Path dir, String prefix, Set<String> folders, AtomicInteger deleted) throws IOException {
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String key = prefix + entry.getFileName().toString();
                if (produced.contains(key)) {
                    continue;
                }
                if (folders.contains(key) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteOthers(entry, key + "/", folders, deleted);
                } else {
                    others.add(entry);
                }
            }
        }
        for (Path other : others) {
            Folders.deleteTree(other, (removed, folder) -> {
                if (!folder) {
                    deleted.incrementAndGet();
                }
            });
        }
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
