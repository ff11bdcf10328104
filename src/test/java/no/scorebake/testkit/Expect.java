package no.scorebake.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import no.scorebake.testkit.TestProject;

/** Assertions on what {@code scorebake check} reports, shared by the validation tests. */
public final class Expect {

    private Expect() {
    }

    /**
     * Runs {@code check} and asserts it fails with exit 2, without a stack trace, and with an
     * error line at exactly {@code where} ({@code path:line} or {@code path:line:col}, nothing
     * more) whose message begins with {@code phrase}. Returns the run for further checks.
     */
    public static TestProject.Run error(TestProject project, String where, String phrase) {
        TestProject.Run run = project.run("check");
        assertEquals(2, run.exit(), () -> "exit code; stderr:\n" + run.err() + "\nstdout:\n" + run.out());
        noStackTrace(run);
        line(run, where, phrase);
        return run;
    }

    /** The one line of stderr that is exactly {@code where: phrase...}; fails showing stderr otherwise. */
    public static String line(TestProject.Run run, String where, String phrase) {
        List<String> hits = run.err().lines().filter(l -> l.startsWith(where + ": " + phrase)).toList();
        if (hits.size() != 1) {
            fail("expected one line starting \"" + where + ": " + phrase + "\", found " + hits.size() + " in stderr:\n" + run.err());
        }
        return hits.get(0);
    }

    /** No Java exception or stack frame leaks to the user. */
    public static void noStackTrace(TestProject.Run run) {
        for (String text : List.of(run.out(), run.err())) {
            assertFalse(text.contains("Exception"), () -> "exception shown:\n" + text);
            assertFalse(text.contains("at no.scorebake"), () -> "stack trace shown:\n" + text);
            assertFalse(text.contains("\tat "), () -> "stack trace shown:\n" + text);
        }
    }

    /** The lines of stderr that are errors or warnings ({@code path:line...: message}), in printed order. */
    public static List<String> problemLines(TestProject.Run run) {
        return run.err().lines().filter(l -> l.matches("^[^\\s:]+(:\\d+){1,2}: .*")).toList();
    }
}
