package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;
import java.util.concurrent.Callable;
import no.scorebake.model.Pos;
import no.scorebake.problem.InputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What a command throws becomes one exit status and one kind of message, in one place. */
class ExitStatusTest {

    /** A command that throws whatever the test gives it. */
    @Command(name = "throws")
    static final class Throws implements Callable<Integer> {
        private final Exception thrown;

        Throws(Exception thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            throw thrown;
        }
    }

    private record Ran(int status, String err) {
    }

    private static Ran run(Exception thrown) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Throws(thrown));
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        ExitStatus status = new ExitStatus();
        cli.setExecutionExceptionHandler(status);
        cli.setExitCodeExceptionMapper(status);
        return new Ran(cli.execute(), err.toString());
    }

    @Test
    void anInputProblemIsTwoWithItsLinesAsTheyAre() {
        Ran r = run(new InputException(new Pos("model/site.yaml", 3, 8), "theme 'fancy' does not exist"));
        assertEquals(ExitStatus.INVALID, r.status());
        assertEquals(List.of("model/site.yaml:3:8: theme 'fancy' does not exist"), r.err().lines().toList());
    }

    @Test
    void anInputProblemWrappedByTheParallelBakeIsStillTwo() {
        Ran r = run(new IllegalStateException("worker failed", new InputException("the folder is taken")));
        assertEquals(ExitStatus.INVALID, r.status());
        assertEquals(List.of("scorebake: the folder is taken"), r.err().lines().toList());
    }

    @Test
    void aFailedWriteIsThreeWithTheFileAndWhy() {
        Ran r = run(new UncheckedIOException(new FileSystemException("/srv/site/index.html", null, "No space left on device")));
        assertEquals(ExitStatus.WRITE_FAILED, r.status());
        assertEquals(List.of("scorebake: cannot write /srv/site/index.html: No space left on device"), r.err().lines().toList());
    }

    @Test
    void anythingElseIsABugOfOurs() {
        for (Exception bug : new Exception[] {new IllegalArgumentException("no KPI A/x"), new NullPointerException()}) {
            Ran r = run(bug);
            assertEquals(ExitStatus.INTERNAL_ERROR, r.status(), bug.toString());
            assertTrue(r.err().startsWith("scorebake: internal error: " + bug), r.err());
            assertTrue(r.err().contains("this is a bug; please report it"), r.err());
        }
    }

    @Test
    void aUsageErrorIsTwo() {
        assertEquals(ExitStatus.INVALID, new ExitStatus().getExitCode(new CommandLine.ParameterException(new CommandLine(new Throws(null)), "x")));
        assertEquals(ExitStatus.WRITE_FAILED, new ExitStatus().getExitCode(new IOException("disk")));
    }

    @Test
    void everyHelpListsTheExitStatuses() {
        for (String[] args : new String[][] {{"--help"}, {"build", "--help"}, {"check", "--help"}, {"publish", "--help"}}) {
            StringWriter out = new StringWriter();
            assertEquals(ExitStatus.OK, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args));
            String help = out.toString();
            assertTrue(help.contains("Exit status:"), help);
            for (String line : new String[] {"0   done", "1   a bug in scorebake (please report it",
                    "2   invalid input or usage", "3   a file could not be written"}) {
                assertTrue(help.contains(line), String.join(" ", args) + ": " + help);
            }
        }
    }
}
