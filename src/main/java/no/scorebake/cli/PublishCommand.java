package no.scorebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Locale;
import no.scorebake.bake.Build;
import no.scorebake.bake.OutputFolder;
import no.scorebake.publish.Assembly;
import no.scorebake.model.Period;
import no.scorebake.problem.InputException;
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
                    + "as it was. Only the pages whose inputs changed since the last publish to DIR are rendered, only the "
                    + "files that changed are written; the others are hard-linked from DIR.",
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

    @Option(names = "--force", description = "render every page, even those that the record of the last publish to DIR says are unchanged")
    boolean force;

    @Mixin
    CurrentPeriodOption current;

    @Mixin
    VerbosityOptions verbosity;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rollback && current.period != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rollback bakes nothing, so it takes no --period");
        }
        if (rollback && force) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rollback bakes nothing, so it takes no --force");
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
        return WriteFailure.stagingOf(Publisher.to(to).next(), target());
    }

    private Path target() {
        return to.toAbsolutePath().normalize();
    }

    private int publish(Publisher publisher, PrintWriter out, PrintWriter err) throws IOException {
        Build.Result[] built = new Build.Result[1];
        Publisher.Published p = publisher.publish(new Publisher.Bake() {
            @Override
            public boolean into(Path folder, Path published) throws IOException {
                try {
                    built[0] = Assembly.assemble(project.project, folder, published, publisher.target(), current.period, force,
                            verbosity.progress(err), err);
                    return true;
                } catch (InputException e) {
                    throw e.followedBy("scorebake: nothing was published; " + publisher.target() + " is as it was");
                }
            }

            @Override
            public void published() throws IOException {
                built[0].record().save();
            }
        }, notice -> err.println("scorebake: " + notice));
        if (!verbosity.quiet) {
            var s = built[0].summary();
            out.println("Published " + count(s.units(), "scorecard") + " × " + count(s.periods(), "period") + " (up to "
                    + Period.month(built[0].period()).label() + "), " + count(built[0].counts().files(), "file") + ", to " + publisher.target() + "; "
                    + written(built[0].counts()) + "; "
                    + (p.keptPrevious()
                            ? "the version it replaced is in " + publisher.previous() + " (undo with: scorebake publish --rollback --to "
                                    + publisher.target() + ")"
                            : "there was no earlier version to keep"));
        }
        return ExitStatus.OK;
    }

    /**
     * What crossed to the share: "wrote 40 files (1.2 MB, 3.1 % of the site's bytes), hard-linked 772
     * unchanged ones"; copies count as written, since their bytes were written too.
     */
    static String written(OutputFolder.Counts c) {
        OutputFolder.Tally site = c.stored().plus(c.linked());
        String share = site.bytes() == 0 ? "" : String.format(Locale.ROOT, ", %.1f %% of the site's bytes", 100.0 * c.stored().bytes() / site.bytes());
        String line = "wrote " + count(c.stored().files(), "file") + " (" + OutputFolder.Tally.megabytes(c.stored().bytes()) + share + ")";
        if (c.linked().files() > 0) {
            line += ", hard-linked " + c.linked().files() + " unchanged from the version before";
        }
        if (c.copied().files() > 0) {
            line += ", and copied " + c.copied().files() + " unchanged ones (counted as written) where the share refused a hard link";
        }
        return line;
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
