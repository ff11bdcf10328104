package no.scorebake.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import no.scorebake.bake.Folders;
import no.scorebake.bake.OutputFolder;
import no.scorebake.problem.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a site into a folder that readers use (on a file share, say) by swapping whole
 * folders with renames, so that a reader never sees a mix of old and new pages, and keeps the
 * version it replaces as {@code DIR.previous} for one level of rollback.
 *
 * <p>All folders live beside {@code DIR}, in the same parent, so every rename stays on one file
 * system and is atomic:
 *
 * <pre>
 *   DIR                      the published site
 *   DIR.previous             the version the last publish replaced (rollback puts it back)
 *   DIR.next                 the new site, assembled completely before anything else is touched
 *   .DIR.next.building       where the bake writes (Build's own staging folder; renamed to DIR.next when complete)
 *   .DIR.older               the previous-but-one, parked during a publish until the new site is in place
 *   .DIR.rolling-back        the current version, parked during a rollback
 *   .DIR.discarded           something being deleted (a stale DIR.next); deleted at the next run if a kill interrupts that
 *   .DIR.publish-lock        a lock file: only one publish or rollback of DIR at a time (the OS drops the lock of a killed process)
 * </pre>
 *
 * <p><b>Publish</b>: refuse if DIR, DIR.previous or DIR.next is a file or a non-empty folder
 * without scorebake's marker (checked before anything is made, and again under the lock); take
 * the lock; put back whatever a killed run left (below) and throw away a stale DIR.next; bake
 * into DIR.next (a failed bake leaves no DIR.next and touches nothing else; when the parent
 * folder did not exist, the folders it made and the lock file are removed again); then
 * <ol>
 *   <li>DIR.previous → .DIR.older (when both DIR and DIR.previous exist)</li>
 *   <li>DIR → DIR.previous (when DIR exists)</li>
 *   <li>DIR.next → DIR — the one step that changes what readers see</li>
 *   <li>delete .DIR.older</li>
 * </ol>
 *
 * <p><b>Only the changes are written.</b> The bake assembles DIR.next from DIR: a file whose
 * bytes are unchanged is hard-linked from DIR (or copied, where the share refuses hard links),
 * only new and changed files are written ({@link AssembledFolder#assemble}); a page the record of
 * the last publish vouches for is linked without being rendered ({@link Bake#published} is where
 * that record is saved, once the new version is DIR). So DIR, DIR.previous
 * and DIR.next share most of their files. That is safe because nothing here ever writes into an
 * existing file: files are created new, folders renamed, and deleting a folder unlinks its
 * names only, so the other versions keep their files whole; a kill leaves the same states as
 * before.
 *
 * <p><b>Rollback</b>, under the lock, after the same recovery: DIR → .DIR.rolling-back,
 * DIR.previous → DIR (the step readers see), .DIR.rolling-back → DIR.previous. So a second
 * rollback undoes the first. Without DIR.previous there is nothing to roll back to.
 *
 * <p><b>A kill at any moment.</b> The rule is: a killed publish or rollback counts as not having
 * happened unless it already put its new version in DIR, and then it counts as done. Each
 * publish and rollback first brings back such a consistent state from what it finds:
 * <ul>
 *   <li>during the bake: only the hidden staging folder is new, and the next publish or
 *       rollback deletes it; DIR and DIR.previous were not touched;</li>
 *   <li>after the bake, before step 1: a complete DIR.next; the next publish throws it away and
 *       bakes again;</li>
 *   <li>after step 1 (.DIR.older, no DIR.previous): .DIR.older goes back to DIR.previous;</li>
 *   <li>after step 2 (no DIR; DIR.previous and DIR.next): <b>DIR is absent</b> until the next
 *       publish or rollback, which moves DIR.previous back to DIR (and .DIR.older back to
 *       DIR.previous). Renames cannot swap two folders in one step, so this window exists on
 *       every publish, for the time between two renames (microseconds on a local disk, a round
 *       trip on a network share); a reader in it gets "not found", never a mix. Only a kill in
 *       that window leaves DIR missing until the next publish or rollback;</li>
 *   <li>after step 3 or during step 4: published; the leftover .DIR.older is deleted;</li>
 *   <li>rollback killed after its first rename (no DIR, a .DIR.rolling-back): it goes back to
 *       DIR, so the rollback did not happen; after its second rename (a new DIR, no DIR.previous):
 *       it goes on to DIR.previous, so the rollback is done — and a {@code --rollback} that
 *       finds this finishes it and stops, rather than rolling back a second time.</li>
 * </ul>
 * Every recovery step is one rename that leads to another of these states, so recovery itself
 * may be killed too. Recovery never uses the contents of DIR.next (it only tells that a publish
 * got past its bake) and ends by throwing away a stale DIR.next and the bake's staging folder;
 * a stale folder is renamed to .DIR.discarded before it is deleted, so a half-deleted folder
 * never carries a visible name.
 *
 * <p>On Windows a folder cannot be renamed while a file in it is open; a rename that fails is
 * reported as an I/O error after the renames done so far have been put back.
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    /** The marker of a folder scorebake made (shared with {@link OutputFolder}). */
    public static final String MARKER = OutputFolder.MARKER;

    /**
     * Bakes the whole site into {@code folder} (which does not exist yet), reusing the files of
     * {@code current} that it would write unchanged (see {@link AssembledFolder#assemble});
     * false when it could not (problems already reported).
     */
    @FunctionalInterface
    public interface Bake {
        /** @param current the published site, or null when there is none yet */
        boolean into(Path folder, Path current) throws IOException;

        /**
         * Called once the baked folder is the published one (DIR), still under the lock: where a
         * bake records what it published, for the next publish to go by. A failure here is told
         * as a notice and does not undo the publish.
         */
        default void published() throws IOException {
        }
    }

    /** Called after every rename and every deleted file, so tests can stop a run at each of those moments. */
    @FunctionalInterface
    interface Checkpoint {
        void reached(String step) throws IOException;
    }

    /** What a publish did. */
    public record Published(boolean done, boolean keptPrevious) {
    }

    /** What a rollback did. */
    public enum RolledBack {
        /** DIR and DIR.previous were swapped. */
        SWAPPED,
        /** There was no DIR; DIR.previous was moved into its place. */
        RESTORED,
        /** A rollback that was killed after it had replaced DIR was finished; nothing else was done. */
        FINISHED_INTERRUPTED
    }

    private final Path target;
    private final Path parent;
    private final Path next;
    private final Path previous;
    private final Path older;
    private final Path rollingBack;
    private final Path discarded;
    private final Path lockFile;
    private final Checkpoint checkpoint;

    Publisher(Path target, Checkpoint checkpoint) {
        Path t = target.toAbsolutePath().normalize();
        if (t.getParent() == null || t.getFileName() == null) {
            throw new InputException(t + " is the root of a file system; publish into a folder below it, e.g. --to " + t.resolve("site"));
        }
        String name = t.getFileName().toString();
        this.target = t;
        this.parent = t.getParent();
        this.next = parent.resolve(name + ".next");
        this.previous = parent.resolve(name + ".previous");
        this.older = parent.resolve("." + name + ".older");
        this.rollingBack = parent.resolve("." + name + ".rolling-back");
        this.discarded = parent.resolve("." + name + ".discarded");
        this.lockFile = parent.resolve("." + name + ".publish-lock");
        this.checkpoint = checkpoint;
    }

    /** A publisher for the published folder {@code target}. */
    public static Publisher to(Path target) {
        return new Publisher(target, step -> { });
    }

    public Path target() {
        return target;
    }

    public Path next() {
        return next;
    }

    public Path previous() {
        return previous;
    }

    /**
     * Bakes into DIR.next and swaps it in, keeping the replaced version as DIR.previous.
     *
     * @param notices told about anything a killed run left and this one put right, and when the
     *        publish could not be recorded for the next one
     * @return whether the site was published; when the bake failed nothing was changed (a
     *         parent folder this call had to create is removed again)
     * @throws InputException when a folder involved was not made by scorebake, or another
     *         publish of the same folder is running; nothing was changed
     */
    public Published publish(Bake bake, Consumer<String> notices) throws IOException {
        refuseForeign(); // before making even the lock file; again below, under the lock
        Path created = firstMissing(parent);
        Files.createDirectories(parent);
        boolean published = false;
        Lock lock = lock();
        try {
            refuseForeign();
            recover(notices);
            boolean baked;
            try {
                baked = bake.into(next, exists(target) ? target : null);
            } catch (IOException | RuntimeException e) {
                discard(next);
                throw e;
            }
            if (!baked) {
                discard(next);
                return new Published(false, false);
            }
            if (!Files.isDirectory(next) || !Files.exists(next.resolve(MARKER))) {
                throw new IOException("the bake finished without a complete " + next);
            }
            checkpoint.reached("baked into " + next.getFileName());
            boolean current = exists(target);
            try {
                if (current && exists(previous)) {
                    move(previous, older);
                }
                if (current) {
                    move(target, previous);
                }
                move(next, target);
            } catch (IOException e) {
                // A rename failed (on Windows, say, while a reader holds a file open): put back what moved.
                try {
                    recover(n -> { });
                } catch (IOException | InputException again) {
                    // The next publish or rollback tries again; the failed rename is what the user hears of.
                    LOG.debug("cannot put back what moved before the failed rename", again);
                }
                throw e;
            }
            published = true;
            try {
                bake.published();
            } catch (IOException | RuntimeException e) {
                // Published already: without the record the next publish renders every page again, which is always right.
                LOG.debug("cannot record the publish of {}", target, e);
                notices.accept("published, but the record of what was published could not be saved (" + e.getMessage()
                        + "); the next publish renders every page");
            }
            try {
                deleteTree(older);
            } catch (IOException e) {
                // Published already: a failure to tidy up (a full disk, say) must not be reported as a failed
                // publish. The next publish or rollback deletes the leftover (see recoverSwap).
                LOG.debug("cannot delete {} after publishing", older, e);
            }
            return new Published(true, current);
        } finally {
            lock.close();
            if (!published && created != null) {
                try {
                    removeIfEmpty(created);
                } catch (IOException e) {
                    // Only tidying: an empty folder and a lock file harm nothing.
                    LOG.debug("cannot remove the folders made for a publish that did not happen", e);
                }
            }
        }
    }

    /** The outermost folder of {@code dir} (or itself) that does not exist yet; null when it exists. */
    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Undoes the folders a failed first publish made for itself: the lock file and the then empty folders, from {@code created} down. */
    private void removeIfEmpty(Path created) throws IOException {
        Files.deleteIfExists(lockFile);
        for (Path p = parent; p != null && p.startsWith(created); p = p.getParent()) {
            if (!Files.isDirectory(p) || !isEmpty(p)) {
                return;
            }
            Files.delete(p);
        }
    }

    /**
     * Puts DIR.previous back in place of DIR and keeps the version it replaces as DIR.previous,
     * so a second rollback undoes the first.
     *
     * @throws InputException when there is no DIR.previous (after putting right what a killed
     *         run left, if anything), a folder involved was not made by scorebake, or another
     *         publish of the folder is running (then nothing was changed)
     */
    public RolledBack rollback(Consumer<String> notices) throws IOException {
        if (!Files.isDirectory(parent)) {
            throw nothingToRollBack();
        }
        refuseForeign(); // before making even the lock file; again below, under the lock
        Lock lock = lock();
        try {
            refuseForeign();
            if (recover(notices) == Recovery.FINISHED_ROLLBACK) {
                return RolledBack.FINISHED_INTERRUPTED;
            }
            if (!exists(previous)) {
                throw nothingToRollBack();
            }
            if (!exists(target)) {
                move(previous, target);
                return RolledBack.RESTORED;
            }
            move(target, rollingBack);
            move(previous, target);
            move(rollingBack, previous);
            return RolledBack.SWAPPED;
        } finally {
            lock.close();
        }
    }

    private InputException nothingToRollBack() {
        return new InputException("nothing to roll back to: " + previous + " does not exist (publish keeps the version it replaces there)");
    }

    private enum Recovery { NOTHING, UNDONE, FINISHED_PUBLISH, FINISHED_ROLLBACK }

    /**
     * Brings back a consistent state from whatever a killed publish or rollback left (see the
     * class comment), then throws away a stale DIR.next and the bake's staging folder, which
     * recovery never needs.
     */
    private Recovery recover(Consumer<String> notices) throws IOException {
        deleteTree(discarded);
        Recovery r = recoverSwap(notices);
        discard(next);
        // OutputFolder's staging folder for DIR.next (a killed bake leaves it; the next bake would delete it too).
        deleteTree(OutputFolder.stagingOf(next));
        return r;
    }

    private Recovery recoverSwap(Consumer<String> notices) throws IOException {
        if (exists(rollingBack)) {
            if (!exists(target)) {
                move(rollingBack, target);
                notices.accept("an earlier rollback of " + target + " was interrupted before it replaced anything: undone, "
                        + target + " is as it was before it");
                return Recovery.UNDONE;
            }
            if (!exists(previous)) {
                move(rollingBack, previous);
                notices.accept("an earlier rollback of " + target + " was interrupted after it had replaced " + target
                        + ": finished, the version it replaced is in " + previous);
                return Recovery.FINISHED_ROLLBACK;
            }
            throw new InputException(rollingBack + " is left beside both " + target + " and " + previous
                    + ", which scorebake never does; move it away by hand");
        }
        if (exists(older)) {
            if (!exists(previous)) {
                move(older, previous);
            } else if (!exists(target)) {
                move(previous, target);
                move(older, previous);
            } else {
                deleteTree(older);
                return Recovery.FINISHED_PUBLISH;
            }
            notices.accept("an earlier publish to " + target + " was interrupted before it replaced anything: undone, "
                    + target + " and " + previous + " are as they were before it");
            return Recovery.UNDONE;
        }
        if (!exists(target) && exists(previous) && exists(next)) {
            move(previous, target);
            notices.accept("an earlier publish to " + target + " was interrupted before it replaced anything: undone, "
                    + target + " is as it was before it");
            return Recovery.UNDONE;
        }
        return Recovery.NOTHING;
    }

    /** Refuses, before touching anything, to replace or delete a folder scorebake did not make. */
    private void refuseForeign() throws IOException {
        for (Path p : new Path[] {target, next, previous}) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isDirectory(p)) {
                throw new InputException(p + " is a file, not a folder; choose another --to");
            }
            if (!Files.exists(p.resolve(MARKER)) && !isEmpty(p)) {
                throw new InputException(p + " holds files that scorebake did not write (no " + MARKER + " marker)"
                        + (p.equals(target) ? "; publish replaces only a folder it made, or an empty one: choose another --to"
                                : "; publish would replace it: move it away or choose another --to"));
            }
        }
    }

    /** Removes a folder without ever leaving a half-deleted one under its name: renamed away first, then deleted. */
    private void discard(Path folder) throws IOException {
        if (!exists(folder)) {
            return;
        }
        deleteTree(discarded);
        move(folder, discarded);
        deleteTree(discarded);
    }

    private void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        checkpoint.reached("moved " + from.getFileName() + " to " + to.getFileName());
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        return Folders.isEmpty(dir);
    }

    /** Deletes a folder, passing the checkpoint after every file and folder; hard-linked files live on in the other versions. */
    private void deleteTree(Path root) throws IOException {
        Folders.deleteTree(root, (removed, folder) -> checkpoint.reached((folder ? "deleted folder " : "deleted ")
                + root.relativize(removed) + " in " + root.getFileName()));
    }

    /** Holds the lock file of DIR: one publish or rollback at a time, across processes. */
    private Lock lock() throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (held == null) {
            channel.close();
            throw new InputException("another publish or rollback of " + target + " is running (it holds " + lockFile
                    + "); try again when it has finished");
        }
        return new Lock(channel);
    }

    private record Lock(FileChannel channel) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            channel.close(); // releases the lock
        }
    }
}
