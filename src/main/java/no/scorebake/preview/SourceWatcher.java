package no.scorebake.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the source folders of a project (model/, content/, themes/ and everything below them,
 * sub-folders registered as they appear) and calls back once per burst of changes: after the
 * first change it waits until the folders have been quiet for a moment, so a save that touches
 * several files, or an editor's write-and-rename, gives one reload, told every file and folder
 * that changed (relative to the project, with '/'), so that it loads only what they touch. The project folder itself
 * is watched too, so a source folder that is created, deleted or replaced (a git checkout) is
 * noticed. Editor scratch files and the output folder are ignored.
 */
public final class SourceWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SourceWatcher.class);

    /** The folders of a project whose changes reload the preview. */
    public static final List<String> SOURCES = List.of("model", "content", "themes");

    /** After the last change of a burst, how long the folders must stay quiet before the callback. */
    static final long QUIET_MILLIS = 100;
    /** A burst that never goes quiet still gives a callback after this long. */
    static final long MAX_DELAY_MILLIS = 2_000;

    private final Path project;
    private final List<Path> ignored;
    private final Consumer<Set<String>> onChange;
    private final Set<String> changed = new TreeSet<>();
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;

    /**
     * @param ignored folders whose changes never count (an output folder inside a source folder)
     * @param onChange called with the paths that changed in a burst, relative to the project
     */
    public SourceWatcher(Path project, List<Path> ignored, Consumer<Set<String>> onChange) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.onChange = onChange;
        this.service = this.project.getFileSystem().newWatchService();
        registerAll();
        this.thread = new Thread(this::loop, "scorebake-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerAll() throws IOException {
        keys.put(this.project.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), this.project);
        for (String name : SOURCES) {
            registerTree(project.resolve(name));
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) || isIgnored(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (isIgnored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                keys.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // deleted while walking: its parent's event covers it
            }
        });
    }

    private boolean isIgnored(Path p) {
        for (Path i : ignored) {
            if (p.startsWith(i)) {
                return true;
            }
        }
        return false;
    }

    /** Editors' swap, backup and lock files, which say nothing about the saved content. */
    static boolean scratch(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swpx")
                || name.startsWith(".#") || name.equals("4913");
    }

    private void loop() {
        try {
            while (true) {
                if (!handle(service.take())) {
                    continue;
                }
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_DELAY_MILLIS);
                while (System.nanoTime() < deadline) {
                    WatchKey next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == null) {
                        break;
                    }
                    handle(next);
                }
                Set<String> burst = Set.copyOf(changed);
                changed.clear();
                try {
                    onChange.accept(burst);
                } catch (RuntimeException e) {
                    // the callback's own failure; keep watching
                    LOG.debug("the change callback failed", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: the preview is stopping
        } catch (ClosedWatchServiceException e) {
            LOG.debug("the watch service is closed: the preview is stopping");
        }
    }

    /** Takes the events of one key, registering new folders; returns whether any of them matters. */
    private boolean handle(WatchKey key) {
        Path dir = keys.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true; // events were lost: register again whatever exists now, and say that all may have changed
                changed.addAll(SOURCES);
                try {
                    registerAll();
                } catch (IOException e) {
                    // a folder vanished meanwhile; its removal is an event of its own
                    LOG.debug("cannot watch every folder again", e);
                }
                continue;
            }
            if (dir == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path child = dir.resolve(name);
            if (dir.equals(project) && !SOURCES.contains(name.toString())) {
                continue; // other files and folders of the project (site/, .scorebake/, README)
            }
            if (isIgnored(child) || scratch(name.toString())) {
                continue;
            }
            relevant = true;
            changed.add(project.relativize(child).toString().replace('\\', '/'));
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    // gone again already
                    LOG.debug("cannot watch the new folder {}", child, e);
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
            LOG.debug("closing the watch service", e);
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
