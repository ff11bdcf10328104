package no.scorebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import no.scorebake.bake.Build;
import no.scorebake.model.Period;
import no.scorebake.load.InputException;
import no.scorebake.publish.Publisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scorebake publish --to DIR}: bakes the site beside DIR and swaps it in with renames,
 * keeping the replaced version as {@code DIR.previous}; {@code --rollback} swaps them back. A
 * failed or killed publish leaves DIR as it was (see {@link Publisher}).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {
            "Bake the site into DIR.next beside DIR, then swap it in with renames, so readers never see a mix of old and "
                    + "new pages; the version it replaces is kept as DIR.previous. A build that fails or is killed leaves DIR "
                    + "as it was.",
            "With --rollback, put DIR.previous back and keep the current version as DIR.previous (a second rollback "
                    + "undoes the first)."})
final class PublishCommand implements Callable<Integer>, WriteFailure.Target {

    @Mixin
    ProjectOption project;

    @Option(names = "--to", paramLabel = "DIR", required = true,
            description = "the published folder (e.g. on the file share); only a folder scorebake made, an empty or a new one")
    Path to;

    @Option(names = "--rollback", description = "bake nothing: swap DIR and DIR.previous back")
    boolean rollback;

    @Option(names = "--period", paramLabel = "P", converter = BuildCommand.MonthConverter.class,
            description = "the current period, a month like 2005-08 (default: site.yaml's period, else the latest with data)")
    YearMonth period;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rollback && period != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rollback bakes nothing, so it takes no --period");
        }
        Publisher publisher = Publisher.to(to);
        return rollback ? rollback(publisher, out, err) : publish(publisher, out, err);
    }

    @Override
    public String unchanged() {
        return (rollback ? "nothing was rolled back; " : "nothing was published; ") + target() + " is as it was";
    }

    @Override
    public Path[] staging() {
        return WriteFailure.stagingOf(target().resolveSibling(target().getFileName() + ".next"), target());
    }

    private Path target() {
        return to.toAbsolutePath().normalize();
    }

    private int publish(Publisher publisher, PrintWriter out, PrintWriter err) throws IOException {
        Build.Result[] built = new Build.Result[1];
        Publisher.Published p = publisher.publish(folder -> {
            try {
                // force: the bake goes into a fresh folder each time, so "nothing changed" never applies
                built[0] = Build.run(project.project, folder, period, true, verbosity.progress(err), err);
                return true;
            } catch (InputException e) {
                throw e.followedBy("scorebake: nothing was published; " + publisher.target() + " is as it was");
            }
        }, notice -> err.println("scorebake: " + notice));
        if (!verbosity.quiet) {
            var s = built[0].summary();
            out.println("Published " + count(s.units(), "scorecard") + " × " + count(s.periods(), "period") + " (up to "
                    + Period.month(built[0].period()).label() + "), " + count(s.files(), "file") + ", to " + publisher.target() + "; "
                    + (p.keptPrevious()
                            ? "the version it replaced is in " + publisher.previous() + " (undo with: scorebake publish --rollback --to "
                                    + publisher.target() + ")"
                            : "there was no earlier version to keep"));
        }
        return ExitStatus.OK;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private int rollback(Publisher publisher, PrintWriter out, PrintWriter err) throws IOException {
        Publisher.RolledBack r = publisher.rollback(notice -> err.println("scorebake: " + notice));
        if (!verbosity.quiet) {
            out.println(switch (r) {
                case SWAPPED -> "Rolled back " + publisher.target() + " to the version that was in " + publisher.previous()
                        + "; the version it replaced is now " + publisher.previous() + " (roll back again to undo)";
                case RESTORED -> "Restored " + publisher.target() + " from " + publisher.previous() + " (there was no "
                        + publisher.target() + "); there is no previous version now";
                case FINISHED_INTERRUPTED -> "Finished the interrupted rollback of " + publisher.target()
                        + " and rolled back no further; " + publisher.previous() + " holds the version it replaced";
            });
        }
        return ExitStatus.OK;
    }
}
