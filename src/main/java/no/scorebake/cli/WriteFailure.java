package no.scorebake.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Says in one line what an I/O failure during {@code build} or {@code publish} was: which file,
 * why (disk full, read-only, no permission, file too large) and that the site readers see is
 * unchanged. Such a failure is the machine's, not a bug and not bad input, so it has an exit
 * status of its own ({@link ExitStatus#WRITE_FAILED}) that a script can tell apart and retry.
 */
final class WriteFailure {

    /** A command that writes a site: what a failed write left as it was, and the hidden folders it writes through. */
    interface Target {

        /** E.g. "site is as it was". */
        String unchanged();

        /** Folders the command writes into, each followed by the folder it stands for (see {@link #stagingOf}). */
        Path[] staging();
    }

    private WriteFailure() {
    }

    /** The line for a failed write of the given command, saying what is unchanged when the command is a {@link Target}. */
    static String describeFor(IOException e, Object command) {
        return command instanceof Target t ? describe(e, t.unchanged(), t.staging()) : describe(e, (String) null);
    }

    /** The I/O failure behind an exception (it may arrive wrapped, from the parallel bake), or null when it is something else. */
    static IOException cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof UncheckedIOException u) {
                return u.getCause();
            }
        }
        return null;
    }

    /**
     * The line to print, e.g. {@code scorebake: cannot write site/820/index.html: No space left
     * on device; site is as it was}. Files in the hidden folders a bake writes into are named by
     * where they were going, so the user sees the folder they asked for.
     *
     * @param staging folders the bake writes into, each followed by the folder it stands for
     * @param unchanged what is unchanged, e.g. "the published site /mnt/bms is unchanged", or null when that is not known
     */
    static String describe(IOException e, String unchanged, Path... staging) {
        String reason = e.getMessage();
        Path file = null;
        if (e instanceof FileSystemException fs) {
            reason = fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName().replace("Exception", "");
            file = fs.getFile() == null ? null : Path.of(fs.getFile());
            if (fs.getOtherFile() != null && fs.getReason() == null) {
                reason = "cannot move it to " + shown(Path.of(fs.getOtherFile()), staging);
            }
        }
        if (reason == null || reason.isBlank()) {
            reason = e.getClass().getSimpleName();
        }
        String where = file == null ? "the site" : shown(file, staging);
        return "scorebake: cannot write " + where + ": " + reason + (unchanged == null ? "" : "; " + unchanged);
    }

    /** The file as the user thinks of it: inside the output folder rather than the staging one, relative to here when below it. */
    static String shown(Path file, Path... staging) {
        Path f = file.toAbsolutePath().normalize();
        for (int i = 0; i + 1 < staging.length; i += 2) {
            Path from = staging[i].toAbsolutePath().normalize();
            if (f.startsWith(from)) {
                f = staging[i + 1].toAbsolutePath().normalize().resolve(from.relativize(f).toString());
                break;
            }
        }
        Path here = Path.of("").toAbsolutePath();
        return (f.startsWith(here) && !f.equals(here) ? here.relativize(f) : f).toString().replace('\\', '/');
    }

    /** The hidden folder a bake into {@code out} writes first (see OutputFolder), followed by {@code out}. */
    static Path[] stagingOf(Path out, Path shownAs) {
        Path o = out.toAbsolutePath().normalize();
        Path parent = o.getParent() == null ? o : o.getParent();
        return new Path[] {parent.resolve("." + o.getFileName() + ".building"), shownAs, o, shownAs};
    }
}
