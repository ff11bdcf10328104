package no.scorebake.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import no.scorebake.load.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a build writes to. Nothing in it changes until the whole build has succeeded, so a
 * failed build leaves the previous site as it was; and a file whose bytes are the same as
 * before is not written again, so a rebuild touches only what changed.
 *
 * <p>Each file of the build is compared with the one already in the output folder. A new or
 * changed file is written into a staging folder beside it ({@code .site.building}); an equal one
 * is only noted. {@link #commit} then moves the changed files into place one by one (each
 * rename atomic), deletes the files the build no longer makes, and removes the staging folder.
 * When there is no earlier output, the staging folder becomes the output in one rename. A build
 * killed during the commit leaves some files new and some old, each whole; the next build
 * repairs that, since it compares every file again. (The published share never sees this:
 * {@code publish} always bakes into a fresh folder and swaps folders.)
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
    private final boolean incremental;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unchanged = new AtomicInteger();
    /** Writes hold it shared; {@link #abandon} exclusively, so no write lands after the staging folder is gone. */
    private final ReadWriteLock open = new ReentrantReadWriteLock();
    private boolean abandoned;

    private OutputFolder(Path target, Path staging, boolean incremental) {
        this.target = target;
        this.staging = staging;
        this.incremental = incremental;
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
        if (Files.isDirectory(t) && !ours && !isEmpty(t)) {
            throw new InputException(t + " holds files that scorebake did not write (no " + MARKER
                    + " marker); choose an empty or new folder for --out");
        }
        Path parent = t.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + t.getFileName() + ".building");
        deleteTree(staging);
        Files.createDirectories(staging);
        OutputFolder folder = new OutputFolder(t, staging, ours);
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
     * Writes one file of the build, unless the output folder already holds these very bytes;
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
            if (incremental && sameBytes(target.resolve(key), bytes)) {
                unchanged.incrementAndGet();
                return;
            }
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            Files.write(file, bytes);
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

    /** How many files of the build were new or different (written) and how many were already there. */
    public record Counts(int written, int unchanged, int deleted) {
    }

    /**
     * Puts the finished build in place of the old output: the changed files, and away the files
     * this build did not make. Returns the counts, and every file of the build (relative paths).
     */
    public Counts commit() throws IOException {
        if (!incremental) {
            Path old = target.getParent().resolve("." + target.getFileName() + ".old");
            deleteTree(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            return new Counts(changed.size(), 0, 0);
        }
        List<String> moves = new ArrayList<>(changed);
        moves.sort(null);
        for (String key : moves) {
            Path to = target.resolve(key);
            if (Files.isDirectory(to)) {
                deleteTree(to);
            }
            Files.createDirectories(to.getParent());
            Files.move(staging.resolve(key), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        int deleted = deleteOthers();
        deleteTree(staging);
        return new Counts(moves.size(), unchanged.get(), deleted);
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
                if (!dir.equals(target) && isEmpty(dir)) {
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
            deleteTree(staging);
        } catch (IOException e) {
            // Leaving a hidden staging folder behind harms nothing; the next build removes it.
            LOG.debug("cannot delete the staging folder {}", staging, e);
        } finally {
            open.writeLock().unlock();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
