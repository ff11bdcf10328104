package no.scorebake.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import no.scorebake.problem.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The exit statuses of scorebake, and the one place where what a command threw becomes one: the
 * user's input problem is 2 with its lines as they are, a failed write is 3 with one line saying
 * which file and why, and anything else is a bug, 1, with a line asking for a report. Commands
 * return {@link #OK} and throw the rest, so they never choose a status for an exception.
 */
final class ExitStatus implements CommandLine.IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int INVALID = 2;
    static final int WRITE_FAILED = 3;

    /** What each status means, as {@code --help} of every command lists it. */
    private static final Map<String, String> MEANINGS = meanings();

    private static final Logger LOG = LoggerFactory.getLogger(ExitStatus.class);

    /** The status for what a command threw, or for a usage error picocli found before running it. */
    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException || find(e, InputException.class) != null) {
            return INVALID;
        }
        return WriteFailure.cause(e) != null ? WRITE_FAILED : INTERNAL_ERROR;
    }

    /** Says what went wrong in the way its status calls for, and returns that status. */
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int status = getExitCode(e);
        switch (status) {
            case INVALID -> find(e, InputException.class).lines().forEach(err::println);
            case WRITE_FAILED -> {
                LOG.debug("the write failure behind exit status {}", status, e);
                err.println(WriteFailure.describeFor(WriteFailure.cause(e), commandLine.getCommand()));
            }
            default -> {
                LOG.debug("the internal error behind exit status {}", status, e);
                err.println("scorebake: internal error: " + e + " — this is a bug; please report it with the command you ran");
            }
        }
        return status;
    }

    /** Makes the command line and each of its commands list the exit statuses at the end of their {@code --help}. */
    static void listIn(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(MEANINGS);
        cli.getSubcommands().values().forEach(ExitStatus::listIn);
    }

    private static Map<String, String> meanings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(" " + OK, "done");
        m.put(" " + INTERNAL_ERROR, "a bug in scorebake (please report it with the command you ran)");
        m.put(" " + INVALID, "invalid input or usage, with a message saying what and where; nothing was written");
        m.put(" " + WRITE_FAILED, "a file could not be written (disk full, read-only, no permission); the site readers see is as it was");
        return Collections.unmodifiableMap(m);
    }

    /** The first exception of the given type in the chain of causes, or null. */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
