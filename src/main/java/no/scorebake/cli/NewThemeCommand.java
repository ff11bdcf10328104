package no.scorebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import no.scorebake.bake.Folders;
import no.scorebake.bake.Theme;
import no.scorebake.problem.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scorebake new-theme NAME}: a copy of the built-in theme in the project's
 * {@code themes/NAME/}, to edit into the organisation's own look. It does not edit site.yaml
 * (the administrator decides when the new look goes live); it says which line selects it.
 */
@Command(name = "new-theme", mixinStandardHelpOptions = true,
        description = "Copy the default theme's templates and assets into themes/NAME/ of the project, to edit into your own look.")
final class NewThemeCommand implements Callable<Integer> {

    /** The rule site.yaml's {@code theme:} follows (an id), so every theme made here can be selected. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    @Parameters(paramLabel = "NAME", description = "the theme's folder name: 1-64 letters, digits, '-' or '_'")
    String name;

    @Mixin
    ProjectOption project;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!NAME.matcher(name).matches()) {
            throw new InputException("'" + name + "' is not a theme name: use 1-64 letters A-Z a-z, digits, '-' or '_', starting with a letter or digit");
        }
        Path root = project.project.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("model/site.yaml"))) {
            throw new InputException(root + " is not a scorebake project (it has no model/site.yaml); run new-theme in a project or give --project DIR");
        }
        Path target = root.resolve("themes").resolve(name);
        if (Files.exists(target) && (!Files.isDirectory(target) || !Folders.isEmpty(target))) {
            throw new InputException("themes/" + name + "/ exists and is not empty; pick another name, or edit the theme that is there");
        }
        Map<String, byte[]> files = Theme.builtInFiles();
        Folders.writeAll(target, files);
        out.println("Created themes/" + name + "/ with " + files.size() + " files, a copy of the default theme: templates/*.ftlh,"
                + " the frame's parts in templates/partials/ (head, header, menu, footer) and assets/.");
        out.println("To use it, set this line in model/site.yaml:");
        out.println("  theme: " + name);
        out.println("Then run scorebake serve and edit the files: each save reloads the preview. Delete the files you do not change");
        out.println("(a new logo or footer needs only its partial); texts of your organisation can go in theme-params: of site.yaml;");
        out.println("the default theme fills in whatever a theme lacks. scorebake's theming guide (docs/theming.md) lists every template and the data it receives.");
        return ExitStatus.OK;
    }
}
