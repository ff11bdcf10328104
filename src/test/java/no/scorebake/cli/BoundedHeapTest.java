package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the jar runs a bake in a second JVM with a bounded heap, and when it leaves the choice to the user. */
class BoundedHeapTest {

    private static final Path JAR = Path.of("scorebake.jar");
    private static final long SIX_GB = 6L << 30;

    @Test
    void aBakeStartedWithNoJvmOptionGetsTheBoundedHeap() {
        assertTrue(BoundedHeap.applies(new String[] {"build"}, List.of(), SIX_GB, JAR));
        assertTrue(BoundedHeap.applies(new String[] {"publish", "--to", "x"}, List.of(), SIX_GB, JAR));
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
}
