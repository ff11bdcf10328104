package no.scorebake.publish;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import no.scorebake.bake.OutputFolder;
import no.scorebake.bake.incremental.VersionMarker;

/**
 * The new folder {@code publish} assembles beside the published one; it never changes the
 * published folder in place. Every file of the new site is compared with the published one, or
 * kept unrendered when the record of the last publish vouches for it
 * ({@link OutputFolder#keep}); an equal or kept one is hard-linked into the staging folder (or
 * copied where the file system refuses a hard link, found by trying), a new or changed one
 * written, and the staging folder becomes the new folder in one rename. So only the changed bytes
 * cross the network to a file share. A hard-linked file is shared by both versions, which is why
 * no file is ever written into in place here: every file is created new ({@code CREATE_NEW}),
 * moved over by a rename, or deleted (which unlinks only that version's name).
 */
public final class AssembledFolder extends OutputFolder {

    private final Counter linked = new Counter();
    private final Counter copied = new Counter();
    private volatile String linkRefused;

    private AssembledFolder(Path target, Path current) {
        super(target, current);
    }

    /**
     * Prepares a staging folder for a new folder {@code target}, which must not exist yet, made
     * of {@code current}'s files where the build's bytes equal them (hard-linked, or copied) and
     * of new files where they differ; {@code current} itself is only read.
     *
     * @param current the site now published, or null when there is none
     */
    public static AssembledFolder assemble(Path target, Path current) throws IOException {
        return assemble(target, current, null);
    }

    /**
     * As {@link #assemble(Path, Path)}, with {@code token} (when not null) written into the new
     * folder's marker: the token by which the record of a publish knows its version
     * ({@link VersionMarker}). Only the marker holds it, never a page.
     */
    public static AssembledFolder assemble(Path target, Path current, String token) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(t + " exists already; a new folder is assembled only where there is none");
        }
        AssembledFolder folder = new AssembledFolder(t, current == null ? null : current.toAbsolutePath().normalize());
        folder.start(VersionMarker.text(token));
        return folder;
    }

    @Override
    protected void equal(String key, Path file, Path same, BasicFileAttributes there) throws IOException {
        folderOf(file);
        known.put(key, reuse(same, file, entry(there)));
    }

    /** A kept file is hard-linked (or copied) from the published folder, as an equal one is. */
    @Override
    protected void kept(String relative, Path file, long[] asLeft) throws IOException {
        folderOf(file);
        known.put(relative, reuse(earlier.resolve(relative), file, asLeft));
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

    /** Makes the staging folder the new folder, in one rename. */
    @Override
    public Counts commit() throws IOException {
        replaceWhole();
        return new Counts(written.tally(), linked.tally(), copied.tally(), 0, 0, linkRefused);
    }
}
