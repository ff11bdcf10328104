package no.scorebake.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import no.scorebake.model.InitiativeReport;
import no.scorebake.model.Measurement;
import no.scorebake.model.Note;
import no.scorebake.model.Organisation;
import no.scorebake.model.Pos;
import no.scorebake.model.Project;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Site;
import no.scorebake.model.Survey;
import no.scorebake.model.Unit;
import no.scorebake.problem.Problems;
import no.scorebake.problem.SourceFile;

/**
 * Reads a whole project folder: {@code model/} and the notes under {@code content/comments/}.
 * Files are read in a fixed order (sorted paths) so messages and results never depend on the
 * file system's listing order. Every problem of every file is collected; the project is only
 * handed on when there is no error.
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    /** The loaded project (null when any error was found) and every problem seen. */
    public record Result(Project project, Problems problems) {
    }

    public static Result load(Path root) {
        return load(root, Map.of());
    }

    /**
     * As {@link #load(Path)}, with files whose bytes were already read ({@code read}, by path as
     * found under {@code root}): a build reads every input once for its fingerprint, and reading
     * the thousands of uploads a second time cost as much again. Files not among them are read here.
     */
    public static Result load(Path root, Map<Path, byte[]> read) {
        return load(root, read, null);
    }

    /**
     * As {@link #load(Path, Map)}, taking the tree of a YAML file among {@code read} from
     * {@code trees} (when not null) where it holds one for the same bytes, and keeping there the
     * tree of every such file parsed without a problem.
     */
    public static Result load(Path root, Map<Path, byte[]> read, YamlTrees trees) {
        return load(root, read, trees, null);
    }

    /**
     * As {@link #load(Path, Map, YamlTrees)}, taking the check of each CSV upload from
     * {@code kept} (when not null) where an earlier load of the same model checked the same
     * text, and keeping there the checks of this load: how the preview loads a model again.
     */
    public static Result load(Path root, Map<Path, byte[]> read, YamlTrees trees, CheckedUploads kept) {
        Problems problems = new Problems();
        Path model = root.resolve("model");
        if (!Files.isDirectory(model)) {
            problems.error(Pos.of("model"), "no model/ folder here; a project holds model/site.yaml, model/organisation.yaml and model/scorecards/");
            return new Result(null, problems);
        }
        Site site = null;
        YamlNode siteNode = yaml(root, model.resolve("site.yaml"), read, trees, problems);
        if (siteNode != null) {
            site = SiteReader.read(siteNode, root, problems);
        }
        YamlNode orgNode = yaml(root, model.resolve("organisation.yaml"), read, trees, problems);
        Organisation organisation = orgNode == null ? new Organisation(List.of()) : OrganisationReader.read(orgNode, problems);
        if (organisation.all().isEmpty()) {
            // Every scorecard, row and note names a unit: without any, each would only repeat this one problem.
            return new Result(null, problems);
        }

        warnAboutUnknownFiles(root, model, problems);
        Set<String> unreadable = new HashSet<>();
        Map<String, Scorecard> scorecards = readScorecards(root, model.resolve("scorecards"), organisation, read, trees, problems, unreadable);
        SurveyReader surveyReader = new SurveyReader(root, organisation, scorecards, read, trees, problems);
        List<Survey> surveys = surveyReader.readAll(model.resolve("surveys"));
        MeasurementReader data = new MeasurementReader(organisation, scorecards, unreadable, problems);
        List<Path> files = files(model.resolve("data"), problems, root);
        Map<Path, MeasurementReader.Checked> checked = checkCsv(root, files, read, data, problems, kept);
        for (Path file : files) {
            String rel = SourceFile.relative(root, file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.startsWith("~$")) {
                continue; // Excel's lock file while the workbook beside it is open, not an upload.
            }
            if (name.endsWith(".csv")) {
                MeasurementReader.Checked rows = checked.get(file);
                if (rows != null) {
                    data.take(rows);
                }
            } else if (name.endsWith(".xlsx")) {
                XlsxReader.Table table = XlsxReader.read(root, file, problems);
                if (table != null) {
                    data.read(rel, Pos.cell(rel, table.sheet(), 1, 1), table.rows());
                }
            } else if (name.endsWith(".xls") || name.endsWith(".ods") || name.endsWith(".xlsm") || name.endsWith(".xlsb")) {
                problems.error(Pos.line(rel, 1), "only .xlsx workbooks and .csv files are read; save it from Excel as Excel Workbook (.xlsx) or \"CSV UTF-8\"");
            }
        }
        surveyReader.checkDataRows(data.measurements());
        new ModelChecker(organisation, scorecards, unreadable, problems).check();
        List<Note> notes = notes(root, scorecards, unreadable, problems);
        if (problems.hasErrors() || site == null) {
            return new Result(null, problems);
        }
        List<Measurement> measurements = List.copyOf(data.measurements());
        List<InitiativeReport> reports = List.copyOf(data.initiativeReports());
        return new Result(new Project(root, site, organisation, scorecards, measurements, reports, List.copyOf(notes), surveys), problems);
    }

    /**
     * Reads the notes under {@code content/comments/} again for a project loaded without errors
     * from these scorecards: a note changes no figure, so the preview takes a saved note without
     * loading the model again. Every problem goes to {@code problems}.
     */
    public static List<Note> notes(Path root, Map<String, Scorecard> scorecards, Problems problems) {
        return notes(root, scorecards, Set.of(), problems);
    }

    private static List<Note> notes(Path root, Map<String, Scorecard> scorecards, Set<String> unreadable, Problems problems) {
        List<Note> notes = new ArrayList<>();
        for (Path file : files(root.resolve("content").resolve("comments"), problems, root)) {
            if (file.getFileName().toString().endsWith(".md")) {
                Note note = NoteReader.read(root, file, scorecards, unreadable, problems);
                if (note != null) {
                    notes.add(note);
                }
            }
        }
        return notes;
    }

    /**
     * Reads, splits and checks the CSV uploads among {@code files} on every core (the slowest
     * part of loading a project of many monthly uploads); their rows are then taken one file
     * after another, in order ({@link MeasurementReader#take}), so problems and figures are the
     * same as when every file is read in turn. Files that cannot be read (reported) have no entry.
     */
    private static Map<Path, MeasurementReader.Checked> checkCsv(Path root, List<Path> files, Map<Path, byte[]> read,
                                                                MeasurementReader data, Problems problems, CheckedUploads kept) {
        Map<Path, MeasurementReader.Checked> checked = new ConcurrentHashMap<>();
        if (kept != null) {
            kept.begin(root, read);
        }
        files.parallelStream()
                .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                .filter(f -> !f.getFileName().toString().startsWith("~$"))
                .forEach(f -> {
                    String text = SourceFile.read(root, f, read.get(f), problems);
                    if (text == null) {
                        return;
                    }
                    byte[] sha = kept == null ? null : CheckedUploads.textSha(text);
                    MeasurementReader.Checked c = kept == null ? null : kept.get(f, sha);
                    if (c == null) {
                        c = data.check(MeasurementReader.Upload.of(SourceFile.relative(root, f), text));
                        if (kept != null) {
                            kept.put(f, sha, c);
                        }
                    }
                    checked.put(f, c);
                });
        if (kept != null) {
            kept.retain(checked.keySet());
        }
        return checked;
    }

    /** What model/ may hold; anything else is probably a misspelling and would be silently left out. */
    private static final List<String> MODEL_ENTRIES = List.of("site.yaml", "organisation.yaml", "scorecards", "data", "surveys");

    private static void warnAboutUnknownFiles(Path root, Path model, Problems problems) {
        try (Stream<Path> entries = Files.list(model)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!MODEL_ENTRIES.contains(name) && !name.startsWith(".") && !name.equalsIgnoreCase("README.md")) {
                    problems.warning(Pos.of(SourceFile.relative(root, p)), "'" + name + "' is not read; model/ holds "
                            + String.join(", ", MODEL_ENTRIES));
                }
            }
        } catch (IOException e) {
            problems.error(Pos.of("model"), "cannot list the folder: " + e.getMessage());
        }
    }

    /**
     * Reads every scorecard file; the units whose file exists but cannot be read (a syntax
     * error, say) go into {@code unreadable}, so that rows and references naming them are not
     * reported as "no scorecard" on top of the file's own problem.
     */
    private static Map<String, Scorecard> readScorecards(Path root, Path folder, Organisation organisation, Map<Path, byte[]> read,
                                                         YamlTrees trees, Problems problems, Set<String> unreadable) {
        Map<String, Scorecard> byUnit = new LinkedHashMap<>();
        Map<String, Scorecard> found = new LinkedHashMap<>();
        Map<String, Path> named = new LinkedHashMap<>();
        for (Path file : files(folder, problems, root)) {
            String rel = SourceFile.relative(root, file);
            String name = file.getFileName().toString();
            if (!file.getParent().equals(folder)) {
                problems.error(Pos.line(rel, 1), "scorecards live directly in model/scorecards/ as <unit>.yaml; sub-folders are not read");
                continue;
            }
            if (name.endsWith(".yml")) {
                problems.error(Pos.line(rel, 1), "scorecard files end in .yaml; rename it to " + name.substring(0, name.length() - 4) + ".yaml");
                continue;
            }
            if (!name.endsWith(".yaml")) {
                continue;
            }
            String unit = name.substring(0, name.length() - ".yaml".length());
            if (organisation.unit(unit) == null) {
                problems.error(Pos.line(rel, 1), "scorecard for unknown unit '" + unit + "'; the file name must be a unit id of organisation.yaml — "
                        + Choices.known(organisation.all().stream().map(Unit::id).toList(), unit));
                continue;
            }
            named.put(unit, file);
        }
        // Parsed on every core (a scorecard's YAML is the costliest file to read), then read in the files' order.
        Map<Path, Optional<YamlNode>> parsed = new ConcurrentHashMap<>();
        named.values().parallelStream().forEach(file -> parsed.put(file, Optional.ofNullable(yaml(root, file, read, trees, problems))));
        for (Map.Entry<String, Path> e : named.entrySet()) {
            String unit = e.getKey();
            YamlNode node = parsed.get(e.getValue()).orElse(null);
            Scorecard card = node == null ? null : ScorecardReader.read(unit, SourceFile.relative(root, e.getValue()), node, problems);
            if (card != null) {
                found.put(unit, card);
            } else {
                unreadable.add(unit);
            }
        }
        for (Unit u : organisation.all()) {
            if (found.containsKey(u.id())) {
                byUnit.put(u.id(), found.get(u.id()));
            }
        }
        return byUnit;
    }

    /** The tree of a YAML file that must exist, or null after reporting why there is none (see {@link #parse}). */
    private static YamlNode yaml(Path root, Path file, Map<Path, byte[]> read, YamlTrees trees, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.error(Pos.of(SourceFile.relative(root, file)), "file is missing");
            return null;
        }
        return parse(root, file, read.get(file), trees, problems);
    }

    /**
     * The tree of a YAML file, whose bytes may have been read already ({@code bytes}, else null),
     * or null after reporting why there is none. With {@code trees} and the bytes at hand, a tree
     * kept for the same bytes is taken as it is (the same bytes decode and parse to the same
     * tree, without a problem, as they did then), and a tree parsed without a problem is kept. A
     * file with a problem is read and parsed as always, reporting to {@code problems}, and not kept.
     */
    static YamlNode parse(Path root, Path file, byte[] bytes, YamlTrees trees, Problems problems) {
        String rel = SourceFile.relative(root, file);
        YamlTrees.Key key = trees == null || bytes == null ? null : YamlTrees.key(rel, bytes);
        if (key != null) {
            YamlNode kept = trees.get(key);
            if (kept != null) {
                return kept;
            }
            Problems own = new Problems();
            String text = SourceFile.read(root, file, bytes, own);
            YamlNode tree = text == null ? null : YamlReader.read(rel, text, own);
            if (tree != null && own.errors().isEmpty() && own.warnings().isEmpty()) {
                trees.put(key, tree);
                return tree;
            }
            // A problem: read again as without kept trees, so its messages reach the project's problems just as always.
        }
        String text = SourceFile.read(root, file, bytes, problems);
        return text == null ? null : YamlReader.read(rel, text, problems);
    }

    /** Every regular file below a folder, sorted by path; none when the folder does not exist. */
    private static List<Path> files(Path folder, Problems problems, Path root) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.error(Pos.of(SourceFile.relative(root, folder)), "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }
}
