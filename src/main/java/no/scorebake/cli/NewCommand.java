package no.scorebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import no.scorebake.bake.Folders;
import no.scorebake.bake.BuiltIn;
import no.scorebake.problem.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scorebake new DIR}: a fresh project, a copy of the example, to edit into your own. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new project in DIR from the example (the SSB department, with invented figures).")
final class NewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "a new or empty folder (relative to --project)")
    Path dir;

    @picocli.CommandLine.Mixin
    ProjectOption project;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path target = project.project.resolve(dir).toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !Folders.isEmpty(target))) {
            throw new InputException(target + " exists and is not empty; name a new or empty folder");
        }
        Map<String, byte[]> files = BuiltIn.files("example");
        Folders.writeAll(target, files);
        Files.writeString(target.resolve(".gitignore"), "/site/\n/.scorebake/\n");
        out.println("Created " + target + " with " + files.size() + " files from the example. Next:");
        out.println("  cd " + target);
        out.println("  java -jar <path to>/scorebake.jar check    # read and check the model");
        out.println("  java -jar <path to>/scorebake.jar build    # bake site/index.html");
        return ExitStatus.OK;
    }
}
