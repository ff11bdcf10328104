package no.scorebake.bake;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.bake.incremental.InputFingerprint;
import no.scorebake.bake.incremental.LastBuild;
import no.scorebake.bake.incremental.PageKeys;
import no.scorebake.content.ContentReader;
import no.scorebake.content.EditorialPage;
import no.scorebake.load.CheckedUploads;
import no.scorebake.load.ProjectLoader;
import no.scorebake.load.YamlNode;
import no.scorebake.load.YamlTrees;
import no.scorebake.model.Pos;
import no.scorebake.problem.InputException;
import no.scorebake.problem.Problem;
import no.scorebake.problem.Problems;
import no.scorebake.status.StatusEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One whole build, from a project folder to an output folder: read and check everything, then
 * bake. {@code build}, {@code serve} and {@code publish} all go through here, so they check and
 * bake alike. Problems go to the given writer as {@code path:line:col: message} lines.
 */
public final class Build {

    private static final Logger LOG = LoggerFactory.getLogger(Build.class);

    private Build() {
    }

    /** A checked project ready to bake (engine null when there were errors), and every problem seen. */
    public record Loaded(StatusEngine engine, List<EditorialPage> pages, Problems problems) {
    }

    /**
     * What a build baked and for which period, and what it wrote and reused ({@code counts});
     * summary and counts are null when it found nothing to do ({@link #upToDate}), and so is
     * period when it found so before loading the project (no input's bytes changed), not after
     * (an input changed only in what no page shows).
     * {@code record} is the record of a site assembled for a publish ({@link Destination#assembles}), which
     * the publish saves once the site is in place; null for a build in place, which saves its own.
     */
    public record Result(SiteBaker.Summary summary, YearMonth period, boolean upToDate, OutputFolder.Counts counts, Record record) {
    }

    /** The record of an assembled site, kept until the publish has put the site in place. */
    @FunctionalInterface
    public interface Record {
        /**
         * Saves the record, for the folder now at the published place: call it only once the
         * assembled site is there. The next publish then keeps the pages it vouches for.
         */
        void save() throws IOException;
    }

    /** Reads and checks the model, the content and the theme's own templates of a project. */
    public static Loaded load(Path project) {
        return load(project, Map.of());
    }

    /** As {@link #load(Path)}, with the bytes of files already read, by path (see {@link ProjectLoader#load(Path, Map)}). */
    static Loaded load(Path project, Map<Path, byte[]> read) {
        return load(project, read, null);
    }

    /** As {@link #load(Path, Map)}, with the YAML trees kept by earlier builds (see {@link ProjectLoader#load(Path, Map, YamlTrees)}). */
    static Loaded load(Path project, Map<Path, byte[]> read, YamlTrees trees) {
        return load(project, read, trees, null);
    }

    /** As {@link #load(Path, Map, YamlTrees)}, with the uploads checked by earlier loads (see {@link ProjectLoader#load(Path, Map, YamlTrees, CheckedUploads)}). */
    static Loaded load(Path project, Map<Path, byte[]> read, YamlTrees trees, CheckedUploads uploads) {
        Path root = project.toAbsolutePath().normalize();
        ProjectLoader.Result result = ProjectLoader.load(root, read, trees, uploads);
        Problems problems = result.problems();
        List<EditorialPage> pages = ContentReader.read(root, problems);
        if (result.project() != null && result.project().site() != null) {
            checkTheme(root, result.project().site().theme(), problems);
        }
        boolean ok = result.project() != null && !problems.hasErrors();
        return new Loaded(ok ? new StatusEngine(result.project()) : null, pages, problems);
    }

    /** Checks the theme's own templates (see {@link Renderer#check}); the loader has checked that the theme exists. */
    static void checkTheme(Path root, String name, Problems problems) {
        try {
            new Renderer(Theme.of(root, name)).check(problems);
        } catch (IOException e) {
            problems.error(Pos.of("themes/" + name), "cannot read the theme: " + e.getMessage());
        }
    }

    /**
     * Reads and checks the model and the content, printing the warnings.
     *
     * @throws InputException listing every error and warning, then a count of the errors, when there is any error
     */
    public static Loaded loadChecked(Path project, PrintWriter err) {
        return loadChecked(project, Map.of(), err);
    }

    /** As {@link #loadChecked(Path, PrintWriter)}, with the bytes of files already read, by path. */
    static Loaded loadChecked(Path project, Map<Path, byte[]> read, PrintWriter err) {
        return loadChecked(project, read, null, err);
    }

    /** As {@link #loadChecked(Path, Map, PrintWriter)}, with the YAML trees kept by earlier builds. */
    static Loaded loadChecked(Path project, Map<Path, byte[]> read, YamlTrees trees, PrintWriter err) {
        return loadChecked(project, read, trees, null, err);
    }

    /** As {@link #loadChecked(Path, Map, YamlTrees, PrintWriter)}, with the uploads checked by earlier loads. */
    static Loaded loadChecked(Path project, Map<Path, byte[]> read, YamlTrees trees, CheckedUploads uploads, PrintWriter err) {
        Loaded loaded = load(project, read, trees, uploads);
        List<String> lines = new ArrayList<>();
        for (Problem p : loaded.problems().errors()) {
            lines.add(p.toString());
        }
        for (Problem p : loaded.problems().warnings()) {
            lines.add(p.toString());
        }
        if (loaded.engine() == null) {
            int n = loaded.problems().errorCount();
            lines.add(n + (n == 1 ? " error" : " errors") + "; nothing was written");
            throw new InputException(lines);
        }
        lines.forEach(err::println);
        return loaded;
    }

    /**
     * The period to show: the one asked for, else the project's current one.
     *
     * @throws InputException when there is none
     */
    public static YearMonth period(StatusEngine engine, YearMonth asked) {
        YearMonth p = asked != null ? asked : engine.currentPeriod();
        if (p == null) {
            throw new InputException(List.of(
                    "model/site.yaml: no current period: there is no data yet and site.yaml sets no 'period'; add e.g. period: 2005-08"));
        }
        return p;
    }

    /**
     * Checks the project and bakes it into {@code out}; the old output stays untouched unless
     * the whole bake succeeds, and then only its changed files are replaced. When nothing that
     * the bake reads has changed since the last build into {@code out}, and that build's files
     * are all still there, returns at once ({@link Result#upToDate}).
     *
     * @param period the current period, or null for the project's own
     * @throws InputException when the project has errors or the output folder may not be replaced; nothing was written
     * @throws IOException when the site could not be written; the output folder is as it was
     */
    public static Result run(Path project, Path out, YearMonth period, Progress progress, PrintWriter err) throws IOException {
        return run(project, out, period, false, progress, err);
    }

    /** As {@link #run(Path, Path, YearMonth, Progress, PrintWriter)}; {@code force} bakes even when nothing changed. */
    public static Result run(Path project, Path out, YearMonth period, boolean force, Progress progress, PrintWriter err)
            throws IOException {
        return run(project, new InPlace(out), period, force, progress, err);
    }

    /**
     * Where a build puts the site, and by which record it goes: an output folder replaced in
     * place ({@code build}, {@code serve}), or a new folder assembled beside the published one
     * ({@code publish}, see {@code no.scorebake.publish.Assembly}).
     */
    public interface Destination {
        /** The record of the last build to this destination, in the project {@code root}. */
        LastBuild record(Path root);

        /**
         * Whether the site is assembled in a new folder that someone else puts in place: then
         * the build always bakes (a publish makes a new version), and the result's
         * {@link Result#record} saves the record once the new folder is in place.
         */
        boolean assembles();

        /** The token written into the new version's marker, by which the record knows it; null for a build in place. */
        String token();

        /** Opens the folder the bake writes to, going by {@code goBy} (null: no record to go by). */
        OutputFolder open(LastBuild.Earlier goBy) throws IOException;
    }

    /** The output folder {@code out}, replaced file by file. */
    private record InPlace(Path out) implements Destination {
        @Override
        public LastBuild record(Path root) {
            return LastBuild.of(root, out);
        }

        @Override
        public boolean assembles() {
            return false;
        }

        @Override
        public String token() {
            return null;
        }

        @Override
        public OutputFolder open(LastBuild.Earlier goBy) throws IOException {
            return InPlaceFolder.prepare(out, goBy);
        }
    }

    /**
     * Checks the project and bakes it into {@code destination}, going by the record of the last
     * build there unless {@code force} is given. The record is forgotten before the output can
     * change; a build in place saves the new one at once, an assembled site through the
     * result's {@link Result#record} once it is in place.
     *
     * @param period the current period, or null for the project's own
     */
    public static Result run(Path project, Destination destination, YearMonth period, boolean force, Progress progress,
            PrintWriter err) throws IOException {
        long start = System.nanoTime();
        boolean assemble = destination.assembles();
        Path root = project.toAbsolutePath().normalize();
        Map<Path, byte[]> read = new HashMap<>();
        InputFingerprint.Fingerprints prints = InputFingerprint.of(root, "period=" + period, read);
        String fingerprint = prints == null ? null : prints.all();
        LastBuild last = destination.record(root);
        LastBuild.Earlier earlier = last.earlier();
        if (!assemble && !force && earlier.upToDate(fingerprint)) {
            progress.finished("checking", "nothing changed since the last build", millis(start));
            return new Result(null, null, true, null, null);
        }
        LastBuild.Earlier goBy = force ? null : earlier;
        // The model's YAML trees of the last build, for the files whose bytes are unchanged: parsing them again cost
        // a tenth of a new month's build. Kept in the project, like the build records, and by the same code identity.
        YamlTrees trees = prints == null ? null : YamlTrees.open(root.resolve(".scorebake").resolve("yaml").resolve("trees.bin"), prints.code());
        Loaded loaded = loadChecked(project, read, trees, err);
        read.clear(); // the bytes are not needed any longer, and a big project's would hold memory through the bake
        YamlTrees.Pending keep = null;
        // The pages' keys are of the YAML files' meaning, taken from the trees before they are let go.
        Map<String, YamlNode> parsed = trees == null ? Map.of() : trees.trees();
        if (trees != null) {
            LOG.debug("{} YAML trees taken as kept", trees.taken());
            keep = trees.pending(); // the trees themselves are not held through the bake
        }
        progress.finished("loading", loaded.engine().project().measurements().size() + " values", millis(start));
        YearMonth current = period(loaded.engine(), period);
        // A forced build does not go by the record: it finds the files it no longer makes by listing every folder.
        // A published version carries a token of its own in its marker, by which the next publish knows it (LastBuild).
        PageKeys keys = PageKeys.of(prints, parsed, loaded.engine().project(), loaded.engine().periodsUpTo(current), goBy);
        String site = keys.site(current);
        if (!assemble && goBy != null && goBy.sameSite(site)) {
            // Only what no page shows changed (a comment, the layout of the YAML): the site there is the one a bake makes.
            last.refresh(fingerprint);
            if (keep != null) {
                keep.write();
            }
            progress.finished("rendering", "0 pages: nothing the pages show changed since the last build", 0);
            return new Result(null, current, true, null, null);
        }
        OutputFolder folder = destination.open(goBy);
        try {
            SiteBaker baker = new SiteBaker(loaded.engine(), loaded.pages());
            SiteBaker.Summary summary = baker.bake(folder, current, progress, keys);
            long swap = System.nanoTime();
            last.forget();
            OutputFolder.Counts counts = folder.commit();
            String token = destination.token();
            Record record = () -> last.save(fingerprint, site, folder.files(), folder.known(), keys.months(), baker.scores(), keys.pages(), token);
            if (!assemble) {
                record.save(); // in place, the site is in place already; a publish saves it after its swap
            }
            if (keep != null) {
                keep.write();
            }
            progress.finished("writing", writing(counts), millis(swap));
            for (Problem p : loaded.engine().warnings()) {
                err.println(p);
            }
            return new Result(summary, current, false, counts, assemble ? record : null);
        } catch (IOException | RuntimeException | Error e) {
            folder.abandon();
            throw e;
        }
    }

    /** The "writing" phase's line: what went to disk, what was reused or left as it was, what was deleted. */
    public static String writing(OutputFolder.Counts c) {
        StringBuilder line = new StringBuilder(c.written() + " written");
        if (c.linked().files() > 0) {
            line.append(", ").append(c.linked()).append(" unchanged hard-linked from the published site");
        }
        if (c.copied().files() > 0) {
            line.append(", ").append(c.copied()).append(" unchanged copied from the published site (no hard link: ")
                    .append(c.linkRefused()).append(')');
        }
        if (c.unchanged() > 0 || c.deleted() > 0) {
            line.append(", ").append(c.unchanged()).append(" unchanged, ").append(c.deleted()).append(" deleted");
        }
        return line.toString();
    }

    static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
