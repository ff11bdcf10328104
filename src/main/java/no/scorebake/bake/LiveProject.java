package no.scorebake.bake;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.scorebake.bake.incremental.InputFingerprint;
import no.scorebake.content.ContentReader;
import no.scorebake.content.EditorialPage;
import no.scorebake.load.CheckedUploads;
import no.scorebake.load.ProjectLoader;
import no.scorebake.load.YamlTrees;
import no.scorebake.model.Note;
import no.scorebake.problem.InputException;
import no.scorebake.problem.Problem;
import no.scorebake.problem.Problems;
import no.scorebake.problem.SourceFile;
import no.scorebake.status.StatusEngine;

/**
 * A project loaded and checked once, and then loaded again only in the parts that changed: the
 * preview's source of an {@link OnDemandSite}. A change in {@code model/} loads the model again
 * as a build does, taking the YAML trees of unchanged files from the project's kept trees (see
 * {@link YamlTrees}) and the checks of unchanged uploads from the last load ({@link CheckedUploads}),
 * so that only the changed files are parsed and checked. A changed note reads the notes
 * only and keeps every figure computed (a note changes no figure, {@link StatusEngine#withNotes});
 * a changed editorial page reads the content only; a changed theme checks the theme only. Every
 * reload checks what it read as {@code build} does and, when that has errors, throws them all
 * and keeps the project as it was.
 */
public final class LiveProject {

    /** What a change touched, by the folder it is in. */
    public enum Part {
        /** {@code model/}: the organisation, scorecards, uploads, surveys and site.yaml. */
        MODEL,
        /** {@code content/comments/}: the notes on KPIs' figures. */
        NOTES,
        /** The rest of {@code content/}: the editorial pages and posts. */
        CONTENT,
        /** {@code themes/}: templates and assets. */
        THEME;

        /** Everything: what the first load reads, and what a change reads that is not known in detail. */
        public static Set<Part> all() {
            return EnumSet.allOf(Part.class);
        }

        /**
         * The parts that a change of the file or folder {@code relative} (to the project, with
         * '/') may touch; none for anything outside the source folders. A change of a whole
         * source folder ({@code content}) touches each part inside it.
         */
        public static Set<Part> of(String relative) {
            String p = relative.replace('\\', '/');
            if (p.equals("model") || p.startsWith("model/")) {
                return EnumSet.of(MODEL);
            }
            if (p.equals("themes") || p.startsWith("themes/")) {
                return EnumSet.of(THEME);
            }
            if (p.equals("content/comments") || p.startsWith("content/comments/")) {
                return EnumSet.of(NOTES);
            }
            if (p.equals("content")) {
                return EnumSet.of(NOTES, CONTENT);
            }
            if (p.startsWith("content/")) {
                return EnumSet.of(CONTENT);
            }
            return EnumSet.noneOf(Part.class);
        }
    }

    private final Path root;
    private final YearMonth asked;
    private StatusEngine engine;
    private List<EditorialPage> editorial = List.of();
    private OnDemandSite site;
    /** The identity of this scorebake, by which YAML trees are kept; null when it cannot be told. */
    private final String code = InputFingerprint.codeIdentity();
    private final CheckedUploads uploads = new CheckedUploads();

    /** @param asked the period to show, or null for the project's own current one */
    public LiveProject(Path project, YearMonth asked) {
        this.root = project.toAbsolutePath().normalize();
        this.asked = asked;
    }

    /**
     * Loads again what a change of {@code parts} touched (everything when nothing has loaded yet)
     * and returns the site it makes; warnings go to {@code err}.
     *
     * @throws InputException listing every error and warning, then a count of the errors; the project stays as it was
     * @throws IOException when the project or the theme cannot be read
     */
    public synchronized OnDemandSite reload(Set<Part> parts, PrintWriter err) throws IOException {
        StatusEngine newEngine = engine;
        List<EditorialPage> newEditorial = editorial;
        if (engine == null || parts.contains(Part.MODEL)) {
            Build.Loaded loaded = loadModel(err);
            newEngine = loaded.engine();
            newEditorial = loaded.pages();
        } else {
            Problems problems = new Problems();
            if (parts.contains(Part.NOTES)) {
                List<Note> notes = ProjectLoader.notes(root, engine.project().scorecards(), problems);
                newEngine = engine.withNotes(notes);
            }
            if (parts.contains(Part.CONTENT)) {
                newEditorial = ContentReader.read(root, problems);
            }
            if (parts.contains(Part.THEME)) {
                Build.checkTheme(root, engine.project().site().theme(), problems);
            }
            checked(problems, err);
        }
        OnDemandSite made = OnDemandSite.of(newEngine, newEditorial, Build.period(newEngine, asked));
        engine = newEngine;
        editorial = newEditorial;
        site = made;
        return made;
    }

    /** The site of the last reload that succeeded; null before the first. */
    public synchronized OnDemandSite site() {
        return site;
    }

    /**
     * Loads and checks everything as a build does, with the YAML trees the last build or load
     * kept for unchanged files; keeps the trees of this load for the next. It reads only the
     * model's YAML ahead (the trees are found by its bytes) and leaves the uploads to the loader:
     * unlike a build, it needs no fingerprint of every input.
     */
    private Build.Loaded loadModel(PrintWriter err) throws IOException {
        Map<Path, byte[]> read = new HashMap<>();
        if (code != null) {
            readYaml(read);
        }
        YamlTrees trees = code == null ? null : YamlTrees.open(root.resolve(".scorebake").resolve("yaml").resolve("trees.bin"), code);
        Build.Loaded loaded = Build.loadChecked(root, read, trees, uploads, err);
        if (trees != null) {
            trees.pending().write();
        }
        return loaded;
    }

    /** Reads the bytes of the model's YAML files into {@code read}, by path, as the fingerprint would. */
    private void readYaml(Map<Path, byte[]> read) throws IOException {
        Path model = root.resolve("model");
        if (!Files.isDirectory(model)) {
            return;
        }
        try (Stream<Path> files = Files.walk(model)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).toList()) {
                if (Files.size(f) <= SourceFile.MAX_BYTES) { // a larger one is refused unread
                    read.put(f, Files.readAllBytes(f));
                }
            }
        }
    }

    /** Prints the warnings, or throws every problem as {@link Build#loadChecked} does when there is an error. */
    private static void checked(Problems problems, PrintWriter err) {
        List<String> lines = new ArrayList<>();
        for (Problem p : problems.errors()) {
            lines.add(p.toString());
        }
        for (Problem p : problems.warnings()) {
            lines.add(p.toString());
        }
        if (problems.hasErrors()) {
            int n = problems.errorCount();
            lines.add(n + (n == 1 ? " error" : " errors") + "; nothing was written");
            throw new InputException(lines);
        }
        lines.forEach(err::println);
    }
}
