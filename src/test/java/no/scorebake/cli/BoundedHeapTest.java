package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import no.scorebake.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the jar runs a bake in a second JVM with a bounded heap, and when it leaves the choice to the user. */
class BoundedHeapTest {

    private static final Path JAR = Path.of("scorebake.jar");
    private static final long SIX_GB = 6L << 30;

    @Test
    void aBakeStartedWithNoJvmOptionGetsTheBoundedHeap() {
        assertTrue(BoundedHeap.applies(new String[] {"build"}, List.of(), SIX_GB, JAR));
        assertTrue(BoundedHeap.applies(new String[] {"publish", "--to", "x"}, List.of(), SIX_GB, JAR));
        assertTrue(BoundedHeap.applies(new String[] {"report", "--period", "2006-04"}, List.of(), SIX_GB, JAR));
    }

    @Test
    void anyJvmOptionLeavesTheChoiceToTheUser() {
        assertFalse(BoundedHeap.applies(new String[] {"build"}, List.of("-Xmx512m"), 512L << 20, JAR));
        assertFalse(BoundedHeap.applies(new String[] {"build"}, List.of("-Dfile.encoding=UTF-8"), SIX_GB, JAR));
        assertFalse(BoundedHeap.applies(new String[] {"build"}, List.of("-XX:StartFlightRecording"), SIX_GB, JAR));
    }

    @Test
    void otherCommandsSmallMachinesAndClassFoldersRunInThisJvm() {
        for (String command : List.of("check", "serve", "new", "sheets", "--help")) {
            assertFalse(BoundedHeap.applies(new String[] {command}, List.of(), SIX_GB, JAR), command);
        }
        assertFalse(BoundedHeap.applies(new String[0], List.of(), SIX_GB, JAR));
        assertFalse(BoundedHeap.applies(new String[] {"build"}, List.of(), 512L << 20, JAR), "the default heap is small already");
        assertFalse(BoundedHeap.applies(new String[] {"build"}, List.of(), SIX_GB, null), "not run from a jar");
    }

    @Test
    void onlyARebuildOrARepublishWithARecordGetsTheQuickCompiler(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        TestFiles.copyExample(project);
        String p = project.toString();
        assertFalse(BoundedHeap.rebuilds(new String[] {"build", "--project", p}), "no build yet: a full bake");

        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--project", p, "-q"), err.toString());

        assertTrue(BoundedHeap.rebuilds(new String[] {"build", "--project", p}));
        assertEquals(List.of("java", "-Xmx768m", "-XX:+UseParallelGC", "-XX:MetaspaceSize=128m", "-XX:TieredStopAtLevel=1",
                        "-Dscorebake.launched=true", "-jar", "scorebake.jar", "build", "--project", p),
                BoundedHeap.command("java", JAR, new String[] {"build", "--project", p}, false));
        assertEquals(List.of("java", "-Xmx768m", "-XX:+UseParallelGC", "-XX:MetaspaceSize=128m",
                        "-Dscorebake.launched=true", "-Dscorebake.console=true", "-jar", "scorebake.jar", "build", "--project", p, "--force"),
                BoundedHeap.command("java", JAR, new String[] {"build", "--project", p, "--force"}, true));
        assertTrue(BoundedHeap.rebuilds(new String[] {"build", "-q", "--out", project.resolve("site").toString(), "--project", p}));
        assertFalse(BoundedHeap.rebuilds(new String[] {"build", "--project", p, "--force"}), "--force bakes every page");
        assertFalse(BoundedHeap.rebuilds(new String[] {"build", "--project", p, "--out", dir.resolve("other").toString()}),
                "another output folder has no record");
        String share = dir.resolve("share/site").toString();
        assertFalse(BoundedHeap.rebuilds(new String[] {"publish", "--project", p, "--to", share}), "a first publish renders every page");
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "publish", "--project", p, "--to", share, "-q"),
                err.toString());
        assertTrue(BoundedHeap.rebuilds(new String[] {"publish", "--project", p, "--to", share}), "the next goes by its record");
        assertFalse(BoundedHeap.rebuilds(new String[] {"publish", "--project", p, "--to", share, "--force"}), "--force renders every page");
        assertFalse(BoundedHeap.rebuilds(new String[] {"publish", "--project", p, "--to", share, "--rollback"}), "a rollback bakes nothing");
        assertFalse(BoundedHeap.rebuilds(new String[] {"publish", "--project", p, "--to", dir.resolve("other").toString()}),
                "another published folder has no record");
        assertFalse(BoundedHeap.rebuilds(new String[] {"build", "--project", p, "--no-such-option"}), "reported by the second JVM");
        assertFalse(BoundedHeap.rebuilds(new String[] {"publish", "--help"}), "help parses without --to");
        assertFalse(BoundedHeap.rebuilds(new String[] {"build", "--help"}));
        assertFalse(BoundedHeap.rebuilds(new String[0]));
    }
}
