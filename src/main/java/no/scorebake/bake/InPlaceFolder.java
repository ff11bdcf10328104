package no.scorebake.bake;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import no.scorebake.bake.incremental.LastBuild;
import no.scorebake.bake.incremental.VersionMarker;
import no.scorebake.problem.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder of {@code build} and {@code serve}, replaced file by file. Each file of the
 * build is compared with the one already in the output folder: a new or changed file is written
 * into the staging folder, an equal one is only noted, as is a page kept because the record of
 * the last build vouches for it. {@link #commit} then moves the changed files into place one by
 * one (each rename atomic), deletes the files the build no longer makes, and removes the staging
 * folder. When there is no earlier output, the staging folder becomes the output in one rename.
 * The files the build no longer makes are found in the record of the last build
 * ({@link LastBuild}): those it lists and this build did not make. When there is no record to go
 * by, or the build found one of its files other than the last build left it (someone has been at
 * the folder), every folder is listed instead, and whatever no build made goes too; a file put
 * beside untouched ones stays until then, as it does when nothing changed at all. A build killed
 * during the commit leaves some files new and some old, each whole; the next build repairs that,
 * since it compares every file again, and lists every folder, since the record of the last build
 * is forgotten before its commit starts.
 */
public final class InPlaceFolder extends OutputFolder {

    private static final Logger LOG = LoggerFactory.getLogger(InPlaceFolder.class);

    /** The record of the last build into the target, which the build goes by to find the files it no longer makes; null when there is none to go by. */
    private final LastBuild.Earlier last;
    /** Whether a file was found other than the last build left it (changed, gone, or there unrecorded): someone has been at the folder. */
    private volatile boolean touched;
    private final AtomicInteger unchanged = new AtomicInteger();

    private InPlaceFolder(Path target, Path earlier, LastBuild.Earlier last) {
        super(target, earlier);
        this.last = earlier == null ? null : last;
    }

    /**
     * Prepares a staging folder beside {@code target}.
     *
     * @throws InputException when {@code target} exists and is neither empty nor scorebake's output
     */
    public static InPlaceFolder prepare(Path target) throws IOException {
        return prepare(target, null);
    }

    /**
     * As {@link #prepare(Path)}, going by {@code last}, the record of the last build into
     * {@code target}, to find the files this build no longer makes (null: there is none to go
     * by, and every folder of the output is listed to find them).
     */
    public static InPlaceFolder prepare(Path target, LastBuild.Earlier last) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t) && !Files.isDirectory(t)) {
            throw new InputException(t + " is a file, not a folder; choose another --out");
        }
        boolean ours = Files.isDirectory(t) && Files.exists(t.resolve(MARKER));
        if (Files.isDirectory(t) && !ours && !Folders.isEmpty(t)) {
            throw new InputException(t + " holds files that scorebake did not write (no " + MARKER
                    + " marker); choose an empty or new folder for --out");
        }
        InPlaceFolder folder = new InPlaceFolder(t, ours ? t : null, last);
        folder.start(VersionMarker.TEXT);
        return folder;
    }

    @Override
    protected void seen(String key, BasicFileAttributes there) {
        if (earlier != null) {
            check(key, there);
        }
    }

    @Override
    protected void equal(String key, Path file, Path same, BasicFileAttributes there) {
        unchanged.incrementAndGet();
        // Read before the bytes were compared: if the file changed since, the time differs and the next build looks again.
        known.putIfAbsent(key, entry(there));
    }

    /** A kept file is already where it belongs: it is only noted. */
    @Override
    protected void kept(String relative, Path file, long[] asLeft) {
        known.putIfAbsent(relative, asLeft);
        unchanged.incrementAndGet();
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

    /**
     * Puts the finished build in place of the old output: the changed files, and away the files
     * this build did not make. Returns the counts.
     */
    @Override
    public Counts commit() throws IOException {
        if (earlier == null) {
            replaceWhole();
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
        Tally none = new Tally(0, 0);
        return new Counts(written.tally(), none, none, unchanged.get(), deleted, null);
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

}
