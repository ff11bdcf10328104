package no.scorebake.bake;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A theme: Freemarker templates under {@code templates/} and static files under {@code assets/}.
 * The project's {@code themes/<name>/} is used first, file by file, and the default theme shipped
 * inside the jar fills in whatever it lacks, so a project with no {@code themes/} folder bakes
 * all the same and a user can replace a single template, or a single partial of the frame
 * ({@code templates/partials/footer.ftlh}).
 */
public final class Theme {

    /** Where the built-in default theme lives on the class path. */
    static final String BUILT_IN = "themes/default";

    /** How a problem names a template of the built-in theme, which is no file of the project. */
    static final String BUILT_IN_SHOWN = "[built into scorebake] " + BUILT_IN + "/templates/";

    private final Path projectTheme;
    private final String name;

    private Theme(Path projectTheme, String name) {
        this.projectTheme = projectTheme;
        this.name = name;
    }

    /**
     * The theme named in site.yaml. The loader has checked that a theme other than "default"
     * exists as a folder ({@code load/SiteReader}), so a missing one here is a bug.
     */
    public static Theme of(Path projectRoot, String name) {
        Path folder = projectRoot.resolve("themes").resolve(name);
        if (!Files.isDirectory(folder)) {
            if (!name.equals("default")) {
                throw new IllegalStateException("theme '" + name + "' has no folder, and the loader did not say so");
            }
            folder = null;
        }
        return new Theme(folder, name);
    }

    public String name() {
        return name;
    }

    /**
     * Every file of the built-in default theme (path relative to the theme folder, such as
     * {@code templates/layout.ftlh} or {@code assets/style.css} → bytes): what a new theme starts from.
     */
    public static Map<String, byte[]> builtInFiles() throws IOException {
        return BuiltIn.files(BUILT_IN);
    }

    /**
     * The name of the one template that is no file of a theme: it puts the shared macros of
     * {@code parts.ftlh} and the frame of {@code layout.ftlh} into one namespace, which every
     * template has as {@code l} ({@link Renderer}). Either file may be the theme's or the
     * built-in one, and neither needs to include the other.
     */
    static final String LIBRARY = "scorebake/l.ftlh";

    /** The library's text: the two files, by their names from the templates' top. */
    private static final String LIBRARY_TEXT = "<#include \"/parts.ftlh\">\n<#include \"/layout.ftlh\">\n";

    /** The library, then templates from the project's theme, then the built-in ones. */
    TemplateLoader templateLoader() throws IOException {
        List<TemplateLoader> loaders = new ArrayList<>();
        StringTemplateLoader library = new StringTemplateLoader();
        library.putTemplate(LIBRARY, LIBRARY_TEXT);
        loaders.add(library);
        if (projectTheme != null && Files.isDirectory(projectTheme.resolve("templates"))) {
            loaders.add(new FileTemplateLoader(projectTheme.resolve("templates").toFile()));
        }
        loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN + "/templates"));
        return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
    }

    /** The templates of the built-in theme, by name ("index.ftlh", ...), sorted. */
    static TreeSet<String> builtInTemplates() throws IOException {
        return new TreeSet<>(BuiltIn.files(BUILT_IN + "/templates").keySet());
    }

    /** The project's own templates, by name as Freemarker looks them up ("index.ftlh", "parts/nav.ftlh"), sorted. */
    List<String> overrides() throws IOException {
        Path folder = projectTheme == null ? null : projectTheme.resolve("templates");
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /**
     * Where a template is, as a problem names it: the project's file relative to the project
     * ({@code themes/<theme>/templates/<name>}) when the project overrides it, else marked as built in.
     */
    String shown(String template) {
        if (projectTheme != null && Files.isRegularFile(projectTheme.resolve("templates").resolve(template))) {
            return "themes/" + projectTheme.getFileName() + "/templates/" + template;
        }
        return BUILT_IN_SHOWN + template;
    }

    /** The project's file of this template, or null when the built-in theme's is used. */
    Path file(String template) {
        Path file = projectTheme == null ? null : projectTheme.resolve("templates").resolve(template);
        return file != null && Files.isRegularFile(file) ? file : null;
    }

    /** Every static file of the theme (relative path under assets/ → bytes), the project's overriding the built-in ones. */
    Map<String, byte[]> assets() throws IOException {
        Map<String, byte[]> files = new TreeMap<>(BuiltIn.files(BUILT_IN + "/assets"));
        if (projectTheme != null && Files.isDirectory(projectTheme.resolve("assets"))) {
            files.putAll(BuiltIn.read(projectTheme.resolve("assets")));
        }
        return files;
    }
}
