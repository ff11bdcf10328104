package no.scorebake.bake;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.scorebake.content.ContentException;
import no.scorebake.content.ContentReader;
import no.scorebake.content.EditorialPage;
import no.scorebake.load.Problem;
import no.scorebake.load.Problems;
import no.scorebake.load.ProjectLoader;
import no.scorebake.status.StatusEngine;

/**
 * One whole build, from a project folder to an output folder: read and check everything, then
 * bake. {@code build}, {@code serve} and {@code publish} all go through here, so they check and
 * bake alike. Problems go to the given writer as {@code path:line:col: message} lines.
 */
public final class Build {

    /** Exit statuses shared with the command line. */
    public static final int OK = 0;
    public static final int INVALID = 2;

    private Build() {
    }

    /** A checked project ready to bake (engine null when there were errors), and every problem seen. */
    public record Loaded(StatusEngine engine, List<EditorialPage> pages, Problems problems) {
    }

    /**
     * What a build did: its exit status, and when it baked, what and for which period; summary
     * and period are null when it found nothing to do ({@link #upToDate}).
     */
    public record Result(int exit, SiteBaker.Summary summary, YearMonth period, boolean upToDate) {
        public Result(int exit, SiteBaker.Summary summary, YearMonth period) {
            this(exit, summary, period, false);
        }
    }

    /** Reads and checks the model and the content of a project. */
    public static Loaded load(Path project) {
        Path root = project.toAbsolutePath().normalize();
        ProjectLoader.Result result = ProjectLoader.load(root);
        Problems problems = result.problems();
        List<EditorialPage> pages = ContentReader.read(root, problems);
        boolean ok = result.project() != null && !problems.hasErrors();
        return new Loaded(ok ? new StatusEngine(result.project()) : null, pages, problems);
    }

    /** Prints every error and warning, then a count of the errors; returns whether there were none. */
    public static boolean report(Loaded loaded, PrintWriter err) {
        for (Problem p : loaded.problems().errors()) {
            err.println(p);
        }
        for (Problem p : loaded.problems().warnings()) {
            err.println(p);
        }
        if (loaded.engine() == null) {
            int n = loaded.problems().errorCount();
            err.println(n + (n == 1 ? " error" : " errors") + "; nothing was written");
            return false;
        }
        return true;
    }

    /**
     * Checks the project and bakes it into {@code out}; the old output stays untouched unless
     * the whole bake succeeds, and then only its changed files are replaced. When nothing that
     * the bake reads has changed since the last build into {@code out}, and that build's files
     * are all still there, returns at once ({@link Result#upToDate}).
     *
     * @param period the current period, or null for the project's own
     */
    public static Result run(Path project, Path out, YearMonth period, Progress progress, PrintWriter err) throws IOException {
        return run(project, out, period, false, progress, err);
    }

    /** As {@link #run(Path, Path, YearMonth, Progress, PrintWriter)}; {@code force} bakes even when nothing changed. */
    public static Result run(Path project, Path out, YearMonth period, boolean force, Progress progress, PrintWriter err)
            throws IOException {
        long start = System.nanoTime();
        Path root = project.toAbsolutePath().normalize();
        InputFingerprint.Fingerprints prints = InputFingerprint.of(root, "period=" + period);
        String fingerprint = prints == null ? null : prints.all();
        LastBuild last = LastBuild.of(root, out);
        LastBuild.Earlier earlier = last.earlier();
        if (!force && earlier.upToDate(fingerprint)) {
            progress.finished("checking", "nothing changed since the last build", millis(start));
            return new Result(OK, null, null, true);
        }
        Loaded loaded = load(project);
        if (!report(loaded, err)) {
            return new Result(INVALID, null, null);
        }
        progress.finished("loading", loaded.engine().project().measurements().size() + " values", millis(start));
        YearMonth current = period != null ? period : loaded.engine().currentPeriod();
        if (current == null) {
            err.println("model/site.yaml: no current period: there is no data yet and site.yaml sets no 'period'; add e.g. period: 2005-08");
            return new Result(INVALID, null, null);
        }
        OutputFolder folder;
        try {
            folder = OutputFolder.prepare(out);
        } catch (OutputFolder.RefusedException e) {
            err.println("scorebake: " + e.getMessage());
            return new Result(INVALID, null, null);
        }
        try {
            SiteBaker baker = new SiteBaker(loaded.engine(), loaded.pages());
            SiteBaker.Summary summary = baker.bake(folder, current, progress, prints == null ? null : prints.fixed(),
                    force ? null : earlier);
            long swap = System.nanoTime();
            last.forget();
            OutputFolder.Counts counts = folder.commit();
            last.save(fingerprint, folder.files(), baker.keys());
            progress.finished("writing", counts.written() + " files written, " + counts.unchanged() + " unchanged, "
                    + counts.deleted() + " deleted", millis(swap));
            for (Problem p : loaded.engine().warnings()) {
                err.println(p);
            }
            return new Result(OK, summary, current);
        } catch (ContentException | IllegalArgumentException e) {
            folder.abandon();
            err.println(e.getMessage());
            return new Result(INVALID, null, null);
        } catch (IOException | RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }

    static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
