package no.scorebake.bake;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.scorebake.load.InputException;
import no.scorebake.model.Pos;

/**
 * A theme: Freemarker templates under {@code templates/} and static files under {@code assets/}.
 * The project's {@code themes/<name>/} is used first, file by file, and the default theme shipped
 * inside the jar fills in whatever it lacks, so a project with no {@code themes/} folder bakes
 * all the same and a user can replace a single template.
 */
public final class Theme {

    /** Where the built-in default theme lives on the class path. */
    static final String BUILT_IN = "themes/default";

    private final Path projectTheme;
    private final String name;

    private Theme(Path projectTheme, String name) {
        this.projectTheme = projectTheme;
        this.name = name;
    }

    /**
     * The theme named in site.yaml. A theme other than "default" must exist as a folder.
     *
     * @throws InputException at site.yaml when it does not
     */
    public static Theme of(Path projectRoot, String name) {
        Path folder = projectRoot.resolve("themes").resolve(name);
        if (!Files.isDirectory(folder)) {
            if (!name.equals("default")) {
                throw new InputException(Pos.of("model/site.yaml"), "theme '" + name + "' has no folder themes/" + name
                        + "/; create it or remove 'theme:' to use the default theme");
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

    /** Templates from the project's theme first, then the built-in ones. */
    TemplateLoader templateLoader() throws IOException {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (projectTheme != null && Files.isDirectory(projectTheme.resolve("templates"))) {
            loaders.add(new FileTemplateLoader(projectTheme.resolve("templates").toFile()));
        }
        loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN + "/templates"));
        return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
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
