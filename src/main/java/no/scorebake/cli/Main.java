package no.scorebake.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.TimeZone;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code scorebake} command: its commands, and how a run ends (see {@link ExitStatus}, which
 * every {@code --help} lists).
 */
@Command(name = "scorebake", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Bakes balanced scorecards into a static intranet portal.",
        subcommands = {CheckCommand.class, BuildCommand.class, NewCommand.class, NewThemeCommand.class, PublishCommand.class, ReportCommand.class, ServeCommand.class, SheetsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The entry point of the jar. The site depends only on the project, never on the machine:
     * the default locale and time zone are pinned before anything runs, so a library that
     * formats with the defaults (chart axis numbers, a {@code String.format}) writes the same
     * digits on a machine set to Arabic or Turkish, in any time zone. The site's own language
     * comes from site.yaml. The JVM's options (a bounded heap) are the launcher's, bin/scorebake of
     * the distribution, or the user's own with {@code java -jar}.
     */
    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams, for tests and for {@link #main}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Logging.configure(java.util.Arrays.asList(args).contains("-v") || java.util.Arrays.asList(args).contains("--verbose"));
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        ExitStatus status = new ExitStatus();
        cli.setExecutionExceptionHandler(status);
        cli.setExitCodeExceptionMapper(status);
        ExitStatus.listIn(cli);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, build, serve, publish, report, new, new-theme or sheets (scorebake --help lists them)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"scorebake " + (v == null ? "(development build)" : v)};
        }
    }
}
