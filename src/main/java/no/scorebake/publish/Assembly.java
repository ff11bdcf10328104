package no.scorebake.publish;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import no.scorebake.bake.Build;
import no.scorebake.bake.OutputFolder;
import no.scorebake.bake.Progress;
import no.scorebake.bake.incremental.LastBuild;
import no.scorebake.bake.incremental.VersionMarker;

/**
 * How {@code publish} makes its next version: the whole site baked into a new folder beside the
 * published one ({@link AssembledFolder}), going by the record of the last publish, which counts
 * only while the published folder is the very version it was made for (the token in its marker,
 * {@link VersionMarker}).
 */
public final class Assembly implements Build.Destination {

    private final Path out;
    private final Path current;
    private final Path target;
    /** The new version's token, written into its marker and, once it is in place, into the record. */
    private final String token = VersionMarker.newToken();

    private Assembly(Path out, Path current, Path target) {
        this.out = out;
        this.current = current;
        this.target = target;
    }

    /**
     * Checks the project and bakes all of it into the new folder {@code out} (which must not
     * exist), made of {@code current}'s files wherever the bake's bytes equal them (hard links,
     * or copies) and of new files where they differ. Unless {@code force} is given, a page that
     * the record of the last publish to {@code target} vouches for (same key, and its file in
     * {@code current} as that publish left it) is linked without being rendered; that record is
     * only gone by while {@code current} is still the very folder that publish put there. The
     * record is forgotten here, before the new site can replace {@code current}, and the
     * result's {@link Build.Result#record} saves the new one once it has. The result's counts say
     * what was written and what reused.
     *
     * @param current the site now published, or null when there is none
     * @param target the published folder, where {@code out} will be moved (the record is by that name)
     */
    public static Build.Result assemble(Path project, Path out, Path current, Path target, YearMonth period, boolean force,
            Progress progress, PrintWriter err) throws IOException {
        return Build.run(project, new Assembly(out, current, target), period, force, progress, err);
    }

    @Override
    public LastBuild record(Path root) {
        return LastBuild.ofPublished(root, target);
    }

    @Override
    public boolean assembles() {
        return true;
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public OutputFolder open(LastBuild.Earlier goBy) throws IOException {
        return AssembledFolder.assemble(out, current, token);
    }
}
