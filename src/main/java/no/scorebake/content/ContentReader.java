package no.scorebake.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import no.scorebake.address.Addresses;
import no.scorebake.model.Pos;
import no.scorebake.problem.Problems;
import no.scorebake.problem.SourceFile;
import org.jbake.model.DocumentModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the editorial pages: every {@code content/**}{@code /*.md} and {@code *.html} except the
 * notes under {@code content/comments/}, with JBake's header rules and Markdown engine.
 *
 * <ul>
 * <li>Only {@code status=published} pages are returned; {@code status=draft} pages are skipped
 *     without a word (their other header fields are not checked either, so a half-written draft
 *     never stops a build). A page without {@code status=} is a draft, as in JBake, with a warning.</li>
 * <li>{@code title} is required; {@code type} is {@code page} (default) or {@code post};
 *     {@code date}, optional, is {@code yyyy-MM-dd}; {@code tags} is a comma-separated list.
 *     Other header fields are allowed and ignored.</li>
 * <li>Every folder and file name must be {@code [A-Za-z0-9._-]} (the name becomes the page's
 *     address); names that would clash on a case-insensitive share are refused.</li>
 * <li>Files and folders whose names start with '.' are ignored (editor and system files); so
 *     are files of other kinds (pictures …), except that AsciiDoc and other Markdown spellings
 *     get a warning because they look like pages that would silently be missing.</li>
 * </ul>
 *
 * Every problem goes to {@link Problems} with the file and, where there is one, the line; a page
 * with an error is left out. Nothing here depends on file times or listing order.
 */
public final class ContentReader {

    private static final Logger LOG = LoggerFactory.getLogger(ContentReader.class);

    /** What a folder or file name (without extension) may be: it becomes part of an address. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    /** Names Windows refuses for a file, with any extension, so a share could not hold the page. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** Extensions of files that look like pages but are not read. */
    private static final Map<String, String> NOT_READ = Map.of(
            "adoc", "AsciiDoc is not supported; write the page in Markdown (.md)",
            "asciidoc", "AsciiDoc is not supported; write the page in Markdown (.md)",
            "ad", "AsciiDoc is not supported; write the page in Markdown (.md)",
            "markdown", "Markdown pages end in .md; rename it",
            "mdown", "Markdown pages end in .md; rename it",
            "mkd", "Markdown pages end in .md; rename it",
            "htm", "HTML pages end in .html; rename it");

    static final List<String> STATUSES = List.of("draft", "published");
    static final List<String> TYPES = List.of("page", "post");

    private ContentReader() {
    }

    /**
     * The published editorial pages of a project, sorted by {@link EditorialPage#path()}; none
     * when there is no {@code content/} folder.
     */
    public static List<EditorialPage> read(Path projectRoot, Problems problems) {
        Path content = projectRoot.resolve("content");
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        JBakeEngines jbake = new JBakeEngines(projectRoot.toFile());
        Map<String, EditorialPage> byPath = new TreeMap<>();
        Map<String, String> sourceByFoldedPath = new TreeMap<>();
        for (Path file : files(projectRoot, content, problems)) {
            String rel = SourceFile.relative(projectRoot, file);
            String name = file.getFileName().toString();
            if (!JBakeEngines.readable(name)) {
                int dot = name.lastIndexOf('.');
                String why = dot < 0 ? null : NOT_READ.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
                if (why != null) {
                    problems.warning(Pos.of(rel), "this file is not read as a page: " + why);
                }
                continue;
            }
            EditorialPage page = readPage(jbake, projectRoot, file, rel, problems);
            if (page == null) {
                continue;
            }
            String folded = page.path().toLowerCase(Locale.ROOT);
            String other = sourceByFoldedPath.putIfAbsent(folded, rel);
            if (other != null) {
                String otherPath = Addresses.editorial(other);
                problems.error(Pos.of(rel), otherPath.equals(page.path())
                        ? "this page and " + other + " would both become " + page.path() + "; rename or remove one"
                        : "this page (" + page.path() + ") and " + other + " (" + otherPath + ") differ only in upper and lower case,"
                                + " which is the same file on a Windows share; rename one");
                continue;
            }
            byPath.put(page.path(), page);
        }
        return List.copyOf(byPath.values());
    }

    private static EditorialPage readPage(JBakeEngines jbake, Path root, Path file, String rel, Problems problems) {
        String text = SourceFile.read(root, file, problems);
        if (text == null) {
            return null;
        }
        PageHeader header = PageHeader.scan(rel, text, problems);
        if (header == null) {
            return null;
        }
        PageHeader.Field status = header.get("status");
        if (status == null) {
            problems.warning(Pos.line(rel, 1), "no status= line, so JBake takes the page for a draft and it is not published;"
                    + " add status=published (or status=draft)");
            return null;
        }
        switch (status.value()) {
            case "draft":
                return null;
            case "published":
                break;
            case "published-date":
                problems.error(Pos.line(rel, status.line()), "status 'published-date' depends on the day of the build, so the same"
                        + " files would give different sites; use status=published or status=draft");
                return null;
            default:
                problems.error(Pos.line(rel, status.line()), "unknown status '" + status.value() + "' — known: " + String.join(", ", STATUSES));
                return null;
        }
        String path = Addresses.editorial(rel);
        boolean ok = checkNames(rel, problems);
        PageHeader.Field title = header.get("title");
        if (title == null) {
            problems.error(Pos.line(rel, 1), "missing title: add a header line title=... above the ~~~~~~ line");
            ok = false;
        } else if (title.value().isEmpty()) {
            problems.error(Pos.line(rel, title.line()), "the title is empty");
            ok = false;
        }
        PageHeader.Field type = header.get("type");
        if (type != null && !TYPES.contains(type.value())) {
            problems.error(Pos.line(rel, type.line()), "unknown type '" + type.value() + "' — known: " + String.join(", ", TYPES));
            ok = false;
        }
        PageHeader.Field date = header.get("date");
        if (date != null && !isDate(date.value())) {
            problems.error(Pos.line(rel, date.line()), "date '" + date.value() + "' is not a date written yyyy-mm-dd, e.g. 2006-04-12");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        DocumentModel doc;
        try {
            doc = jbake.parse(file.toFile());
        } catch (ContentException e) {
            problems.error(Pos.of(rel), e.getMessage());
            return null;
        } catch (RuntimeException | LinkageError e) {
            // Only JBake runs here, on the user's file: what it throws is its reaction to that file, not a bug of
            // ours. Not expected after our header check; say so without a Java class name or stack trace.
            LOG.debug("JBake cannot read {}", rel, e);
            problems.error(Pos.of(rel), "JBake cannot read the page" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                    + "; please report this together with the file");
            return null;
        }
        if (doc == null || !"published".equals(doc.getStatus()) || !(doc.get("title") instanceof String docTitle)) {
            // Our header check accepted what JBake refused: report it rather than lose the page quietly.
            problems.error(Pos.line(rel, 1), "JBake cannot read the page's header");
            return null;
        }
        String html;
        if (header.bodyEmpty()) {
            problems.warning(Pos.line(rel, 1), "the page has no text below the ~~~~~~ line");
            html = "";
        } else {
            html = HtmlSanitizer.sanitize(doc.getBody());
        }
        return new EditorialPage(path, docTitle, doc.getType().isEmpty() ? "page" : doc.getType(),
                date == null ? null : date.value(), html, tags(doc.get("tags")), rel);
    }


    /** Checks each folder name and the file name (without extension) under content/. */
    private static boolean checkNames(String rel, Problems problems) {
        String[] parts = rel.substring("content/".length()).split("/");
        for (int i = 0; i < parts.length; i++) {
            boolean isFile = i == parts.length - 1;
            String part = parts[i];
            String name = isFile ? part.substring(0, part.lastIndexOf('.')) : part;
            String what = isFile ? "file name '" + part + "'" : "folder name '" + part + "'";
            if (!NAME.matcher(name).matches()) {
                String suggestion = suggest(name);
                String rename = suggestion.isEmpty() || !NAME.matcher(suggestion).matches() ? ""
                        : "; rename it, e.g. to '" + suggestion + (isFile ? part.substring(part.lastIndexOf('.')) : "") + "'";
                problems.error(Pos.of(rel), what + " cannot be part of the page's address: use only A-Z, a-z, 0-9, '.', '_' and '-'"
                        + " (no spaces or æ ø å)" + rename);
                return false;
            }
            String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            if (RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
                problems.error(Pos.of(rel), what + " is a name Windows reserves for a device, so the page could not be stored on a share; rename it");
                return false;
            }
        }
        return true;
    }

    /** A name with æ ø å, accents and spaces spelled in what addresses allow, for a message. */
    static String suggest(String name) {
        String s = name.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
                .replace("å", "a").replace("Å", "A");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.strip().replaceAll("\\s+", "-").replaceAll("[^A-Za-z0-9._-]", "");
        return s.replaceAll("^[.]+", "");
    }

    private static boolean isDate(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** JBake splits {@code tags=} at commas and trims; empty ones and repeats are dropped here. */
    private static List<String> tags(Object value) {
        Set<String> tags = new LinkedHashSet<>();
        if (value instanceof String[] array) {
            for (String t : array) {
                if (t != null && !t.strip().isEmpty()) {
                    tags.add(t.strip());
                }
            }
        }
        return new ArrayList<>(tags);
    }

    /**
     * Every regular file under content/, sorted by path, leaving out content/comments/ (the
     * notes, read by the model loader) and anything whose name starts with '.'.
     */
    private static List<Path> files(Path root, Path content, Problems problems) {
        Path comments = content.resolve("comments");
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(comments) || (!dir.equals(content) && hidden(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && Files.isRegularFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.error(Pos.of(SourceFile.relative(root, file)), "cannot read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(Pos.of(SourceFile.relative(root, content)), "cannot list the folder: " + e.getMessage());
        }
        found.sort(Comparator.comparing(p -> SourceFile.relative(root, p)));
        return found;
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }
}
