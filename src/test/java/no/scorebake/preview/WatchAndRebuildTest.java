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
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import no.scorebake.bake.LiveProject;
import no.scorebake.testkit.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher's bursts and new folders, and the reloader's one-at-a-time reloads. */
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
        try (SourceWatcher w = new SourceWatcher(project, List.of(project.resolve(".scorebake/preview")), changed -> calls.incrementAndGet())) {
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
        try (SourceWatcher w = new SourceWatcher(project, List.of(out), changed -> calls.incrementAndGet())) {
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
    void aBurstSaysWhichFilesChanged() throws Exception {
        Path project = Files.createDirectories(dir.resolve("p"));
        Files.createDirectories(project.resolve("content/comments/2005-03/820"));
        Files.createDirectories(project.resolve("model"));
        List<Set<String>> bursts = new CopyOnWriteArrayList<>();
        try (SourceWatcher w = new SourceWatcher(project, List.of(), bursts::add)) {
            Files.writeString(project.resolve("content/comments/2005-03/820/k.md"), "note");
            assertTrue(Http.await(Duration.ofSeconds(10), () -> !bursts.isEmpty()), "no callback");
            assertEquals(Set.of("content/comments/2005-03/820/k.md"), bursts.get(0));
            assertEquals(Set.of(LiveProject.Part.NOTES), LiveProject.Part.of("content/comments/2005-03/820/k.md"));
            Http.await(SETTLE, () -> bursts.size() > 1);
            Files.writeString(project.resolve("model/site.yaml"), "title: T\n");
            assertTrue(Http.await(Duration.ofSeconds(10), () -> bursts.size() >= 2), "no callback");
            assertEquals(Set.of("model/site.yaml"), bursts.get(1));
        }
    }

    @Test
    void aChangeTouchesThePartsOfItsFolder() {
        assertEquals(Set.of(LiveProject.Part.MODEL), LiveProject.Part.of("model/data/2005-08.csv"));
        assertEquals(Set.of(LiveProject.Part.MODEL), LiveProject.Part.of("model"));
        assertEquals(Set.of(LiveProject.Part.NOTES), LiveProject.Part.of("content/comments"));
        assertEquals(Set.of(LiveProject.Part.CONTENT), LiveProject.Part.of("content/hjelp.md"));
        assertEquals(Set.of(LiveProject.Part.CONTENT, LiveProject.Part.NOTES), LiveProject.Part.of("content"));
        assertEquals(Set.of(LiveProject.Part.THEME), LiveProject.Part.of("themes/default/templates/kpi.ftlh"));
        assertEquals(Set.of(), LiveProject.Part.of("site/index.html"));
    }

    @Test
    void requestsDuringAReloadGiveExactlyOneMore() throws Exception {
        TestProject p = new TestProject(dir.resolve("p"))
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\n");
        BuildState state = new BuildState();
        List<Reloader.Outcome> outcomes = new CopyOnWriteArrayList<>();
        AtomicReference<Reloader> reloader = new AtomicReference<>();
        try (Reloader r = new Reloader(p.root(), null, state, o -> {
            outcomes.add(o);
            if (o.build() == 2) {
                // Still inside the second reload: requests meanwhile fold into one more reload.
                for (int i = 0; i < 10; i++) {
                    reloader.get().request(Set.of(LiveProject.Part.CONTENT));
                }
            }
        })) {
            reloader.set(r);
            assertTrue(r.reloadNow(LiveProject.Part.all()).ok());
            assertEquals(1, state.snapshot().build());
            Thread holder = new Thread(() -> r.reloadNow(Set.of(LiveProject.Part.NOTES)));
            holder.start();
            holder.join(30_000);
            assertTrue(Http.await(Duration.ofSeconds(30), () -> state.snapshot().build() >= 3 && !state.snapshot().building()));
            Http.await(Duration.ofMillis(500), () -> state.snapshot().build() > 3);
            assertEquals(3, state.snapshot().build(), "the first, the one that was running, and exactly one more");
            assertTrue(outcomes.stream().allMatch(Reloader.Outcome::ok), outcomes.toString());
            assertTrue(r.file("index.html") != null);
        }
    }

    @Test
    void aFailedReloadKeepsTheLastGoodSiteAndRecordsItsLines() throws IOException {
        TestProject p = new TestProject(dir.resolve("p"))
                .scorecard("A", "- { id: k, name: K, unit: count, target: 10 }", "k")
                .file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;8\n");
        BuildState state = new BuildState();
        try (Reloader r = new Reloader(p.root(), null, state, o -> { })) {
            assertTrue(r.reloadNow(LiveProject.Part.all()).ok());
            p.file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-13;8\n");
            Reloader.Outcome failed = r.reloadNow(Set.of(LiveProject.Part.MODEL));
            assertFalse(failed.ok());
            BuildState.Snapshot s = state.snapshot();
            assertTrue(s.failed());
            assertEquals(2, s.build());
            assertTrue(s.errors().stream().anyMatch(l -> l.startsWith("model/data/a.csv:2:")), s.errors().toString());
            assertTrue(r.file("index.html") != null, "the last good site stays");
            // A later change elsewhere loads the model again too: it is still due.
            p.file("model/data/a.csv", "scorecard;kpi;period;value\nA;k;2005-08;9\n");
            assertTrue(r.reloadNow(Set.of(LiveProject.Part.CONTENT)).ok(), "the model, still due, was loaded again");
            assertFalse(state.snapshot().failed());
        }
    }
}
