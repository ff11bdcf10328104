package no.scorebake.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import no.scorebake.bake.Progress;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher's bursts and new folders, and the rebuilder's one-at-a-time builds. */
class WatchAndRebuildTest {

    @TempDir
    Path dir;

    /** Long enough for a burst that should not come to have come: several quiet periods. */
    static final Duration SETTLE = Duration.ofMillis(SourceWatcher.QUIET_MILLIS * 6);

    @Test
    void aBurstOfChangesCallsBackOnceAndNewFoldersAreWatched() throws Exception {
        Path project = Files.createDirectories(dir.resolve("p"));
        Files.createDirectories(project.resolve("model/data"));
        Files.createDirectories(project.resolve("content"));
        AtomicInteger calls = new AtomicInteger();
        try (SourceWatcher w = new SourceWatcher(project, List.of(project.resolve(".scorebake/preview")), calls::incrementAndGet)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(project.resolve("model/data/f" + i + ".csv"), "x" + i);
            }
            Files.writeString(project.resolve("model/site.yaml"), "title: T\n");
            assertTrue(Http.await(Duration.ofSeconds(10), () -> calls.get() >= 1), "no callback for the burst");
            Http.await(SETTLE, () -> calls.get() > 1);
            assertEquals(1, calls.get(), "one callback for one burst");

            Path deep = project.resolve("content/comments/2005-03/820");
            Files.createDirectories(deep);
            assertTrue(Http.await(Duration.ofSeconds(10), () -> calls.get() >= 2), "a new folder is a change");
            Http.await(SETTLE, () -> calls.get() > 2);
            Files.writeString(deep.resolve("k.md"), "note");
            assertTrue(Http.await(Duration.ofSeconds(10), () -> calls.get() >= 3), "a file in a new sub-folder is seen");

            Files.createDirectories(project.resolve("themes/default/assets"));
            assertTrue(Http.await(Duration.ofSeconds(10), () -> calls.get() >= 4), "a themes/ folder that appears is watched");
            Http.await(SETTLE, () -> calls.get() > 4);
            int before = calls.get();
            Files.writeString(project.resolve("themes/default/assets/style.css"), "body{}");
            assertTrue(Http.await(Duration.ofSeconds(10), () -> calls.get() > before), "a file in the new themes/ is seen");
        }
    }

    @Test
    void outputScratchAndOtherFoldersAreIgnored() throws Exception {
        Path project = Files.createDirectories(dir.resolve("p"));
        Files.createDirectories(project.resolve("model"));
        Path out = Files.createDirectories(project.resolve("model/preview")); // an odd --out inside a source folder
        AtomicInteger calls = new AtomicInteger();
        try (SourceWatcher w = new SourceWatcher(project, List.of(out), calls::incrementAndGet)) {
            Files.writeString(out.resolve("index.html"), "baked");
            Files.writeString(project.resolve("model/.site.yaml.swp"), "vim");
            Files.writeString(project.resolve("model/site.yaml~"), "backup");
            Files.createDirectories(project.resolve(".scorebake/preview"));
            Files.createDirectories(project.resolve("site"));
            Files.writeString(project.resolve("site/index.html"), "built");
            Files.writeString(project.resolve("README.md"), "readme");
            Http.await(SETTLE, () -> calls.get() > 0);
            Files.writeString(project.resolve("model/site.yaml"), "title: T\n");
            assertTrue(Http.await(Duration.ofSeconds(10), () -> calls.get() >= 1));
            Http.await(SETTLE, () -> calls.get() > 1);
            assertEquals(1, calls.get(), "only the real change counted");
        }
    }

    @Test
    void requestsDuringABuildGiveExactlyOneMore() throws Exception {
        TestProject p = new TestProject(dir.resolve("p"))
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\n");
        BuildState state = new BuildState();
        List<Rebuilder.Outcome> outcomes = new CopyOnWriteArrayList<>();
        try (Rebuilder r = new Rebuilder(p.root(), dir.resolve("out"), null, state, outcomes::add)) {
            assertTrue(r.buildNow(Progress.QUIET).ok());
            assertEquals(1, state.snapshot().build());
            // Hold the build lock as a running build does; requests meanwhile fold into one build.
            // (Nothing changed, so that build ends at its first phase, "checking": requests come then.)
            Thread holder = new Thread(() -> r.buildNow(new Progress() {
                private boolean asked;

                @Override
                public void finished(String phase, String counted, long millis) {
                    if (!asked) {
                        asked = true;
                        for (int i = 0; i < 10; i++) {
                            r.request();
                        }
                    }
                }

                @Override
                public void advance(int done, int total) {
                }
            }));
            holder.start();
            holder.join(30_000);
            assertTrue(Http.await(Duration.ofSeconds(30), () -> state.snapshot().build() >= 3 && !state.snapshot().building()));
            Http.await(Duration.ofMillis(500), () -> state.snapshot().build() > 3);
            assertEquals(3, state.snapshot().build(), "the first, the one that was running, and exactly one more");
            assertTrue(outcomes.stream().allMatch(Rebuilder.Outcome::ok), outcomes.toString());
            assertTrue(Files.isRegularFile(dir.resolve("out/index.html")));
        }
    }

    @Test
    void aFailedBuildKeepsTheLastGoodSiteAndRecordsItsLines() throws IOException {
        TestProject p = new TestProject(dir.resolve("p"))
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\n");
        BuildState state = new BuildState();
        try (Rebuilder r = new Rebuilder(p.root(), dir.resolve("out"), null, state, o -> { })) {
            assertTrue(r.buildNow(Progress.QUIET).ok());
            p.file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-13;8\n");
            Rebuilder.Outcome failed = r.buildNow(Progress.QUIET);
            assertFalse(failed.ok());
            BuildState.Snapshot s = state.snapshot();
            assertTrue(s.failed());
            assertEquals(2, s.build());
            assertTrue(s.errors().stream().anyMatch(l -> l.startsWith("model/data/a.csv:2:")), s.errors().toString());
            assertTrue(Files.isRegularFile(dir.resolve("out/index.html")), "the last good bake stays");
        }
    }
}
