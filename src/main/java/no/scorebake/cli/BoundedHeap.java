package no.scorebake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import no.scorebake.bake.Build;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Gives {@code build}, {@code publish} and {@code report} a bounded heap when they are started as plain
 * {@code java -jar scorebake.jar}. The JVM's default maximum heap is a quarter of the machine's
 * memory (6 GB on a 24 GB machine), and the garbage collector lets the heap grow towards it
 * while the bake allocates fast, although the data a bake keeps is far smaller (see
 * bench/README.md). A jar cannot set its own JVM options (a manifest has no place for them, and
 * a running JVM cannot lower its maximum heap), so the jar starts the same {@code java} once
 * more with {@link #HEAP}, {@link #COLLECTOR} and {@link #METADATA} (and, for a rebuild,
 * {@link #QUICK_COMPILER}) and waits for it; the exit status is passed on.
 *
 * <p>Only when the user gave the JVM no option at all, so any {@code -Xmx}, {@code -D} or
 * agent (and {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}) leaves the choice to them;
 * only when the default maximum heap is larger than {@link #HEAP}; never twice (the second JVM
 * has options, and carries {@link #LAUNCHED}). The second JVM reads its standard input, a pipe
 * from the first, and halts the moment that pipe closes: a kill of the JVM the user started
 * (SIGKILL included) ends the bake as promptly as it would have ended a bake in that JVM.
 */
final class BoundedHeap {

    /** The heap limit: about five times the live set of a 400 × 25 × 36 bake (150 MB), with a peak RSS of 831 MB there (bench/README.md). */
    static final String HEAP = "-Xmx768m";
    static final long HEAP_BYTES = 768L << 20;
    /**
     * The throughput collector, for a bake is a batch job that nobody watches pause: with the same
     * heap limit G1's own structures took the 400 × 25 × 36 bake to 900–975 MB of RSS, the
     * parallel collector to 630–690 MB, and a new month ran faster (bench/README.md).
     */
    static final String COLLECTOR = "-XX:+UseParallelGC";
    /**
     * The first class-metadata size at which the JVM collects, raised from its default (about
     * 21 MB) above what a bake loads (Freemarker, Jackson, SnakeYAML, JBake): otherwise loading
     * those classes costs a full collection of the whole heap, 0.3 s in a new month at Bergen's
     * size ({@code -Xlog:gc}). It reserves nothing.
     */
    static final String METADATA = "-XX:MetaspaceSize=128m";
    /**
     * Only the JVM's quick compiler (C1), for a {@code build} into a folder an earlier build left
     * its record in: such a build usually bakes one new month, a third of the pages, and in a
     * run that short the optimising compiler (C2) cost more than it gave back. At Bergen's size,
     * a new month took 16.3 s instead of 18.5 s (means of five and nine runs) and a third less
     * CPU; a build with nothing changed, or after a model edit that bakes every page again, took
     * as long as with both compilers; a first, full bake took 10–20 % longer, so it keeps them
     * (bench/README.md). A {@code publish} that goes by the record of the last one renders what
     * such a build renders, and gets it too: 18.9 s instead of 19.9 s after a new month (means
     * of six alternating pairs) and 17.7 s of CPU instead of 28.
     */
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /** Set on the second JVM, so it never starts a third. */
    static final String LAUNCHED = "scorebake.launched";
    /** Set on the second JVM when the first had a terminal, for the live progress bar (the second's standard input is a pipe). */
    static final String CONSOLE = "scorebake.console";

    private static final Set<String> BAKING = Set.of("build", "publish", "report");

    private BoundedHeap() {
    }

    /**
     * Runs the command in a second JVM with a bounded heap when that applies (see the class
     * comment) and returns its exit status; empty when this JVM should run the command itself.
     */
    static OptionalInt relaunch(String[] args) {
        if (Boolean.getBoolean(LAUNCHED)) {
            watchParent();
            return OptionalInt.empty();
        }
        Path jar = jar();
        if (!applies(args, ManagementFactory.getRuntimeMXBean().getInputArguments(), Runtime.getRuntime().maxMemory(), jar)) {
            return OptionalInt.empty();
        }
        List<String> command = command(java(), jar, args, System.console() != null);
        Process child;
        try {
            child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            LoggerFactory.getLogger(BoundedHeap.class).debug("could not start {}; baking in this JVM", command, e);
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            LoggerFactory.getLogger(BoundedHeap.class).debug("interrupted while the bake ran in a second JVM; stopping it", e);
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(ExitStatus.INTERNAL_ERROR);
        }
    }

    /** The command line of the second JVM, which runs {@code args} from {@code jar}. */
    static List<String> command(String java, Path jar, String[] args, boolean console) {
        List<String> command = new ArrayList<>(List.of(java, HEAP, COLLECTOR, METADATA));
        if (rebuilds(args)) {
            command.add(QUICK_COMPILER);
        }
        command.add("-D" + LAUNCHED + "=true");
        if (console) {
            command.add("-D" + CONSOLE + "=true");
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Whether a command should run in a second JVM: a bake ({@code build} or {@code publish}),
     * from a jar, by a JVM the user gave no option, whose maximum heap is larger than {@link #HEAP}.
     */
    static boolean applies(String[] args, List<String> jvmOptions, long maxHeap, Path jar) {
        return args.length > 0 && BAKING.contains(args[0]) && jvmOptions.isEmpty() && maxHeap > HEAP_BYTES && jar != null;
    }

    /**
     * Whether the command is a {@code build} without {@code --force} into an output folder that
     * an earlier build left its record in, or a {@code publish} without {@code --force} to a
     * folder an earlier publish left its record for (see {@link #QUICK_COMPILER}). Command lines
     * that do not parse are not: the second JVM reports them as it always does.
     */
    static boolean rebuilds(String[] args) {
        try {
            // Parsing fills in the commands' own options, defaults included, as the second JVM will.
            CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args).subcommand();
            if (parsed == null || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                return false; // help bakes nothing (and parses without publish's required --to)
            }
            Object command = parsed.commandSpec().userObject();
            if (command instanceof BuildCommand build) {
                return !build.force && Build.hasEarlierBuild(build.project.project, build.target());
            }
            return command instanceof PublishCommand publish && !publish.force && !publish.rollback
                    && Build.hasEarlierPublish(publish.project.project, publish.to);
        } catch (RuntimeException e) {
            // A command line that does not parse (the second JVM reports it), or anything else: the quick compiler is
            // only a saving, never a reason to fail.
            return false;
        }
    }

    /** In the second JVM: halt as soon as the first one is gone (its pipe to our standard input closes). */
    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // The first JVM writes nothing; read until it is gone.
                }
            } catch (IOException e) {
                LoggerFactory.getLogger(BoundedHeap.class).debug("the pipe from the first JVM broke: it is gone", e);
            }
            Runtime.getRuntime().halt(ExitStatus.INTERNAL_ERROR);
        }, "scorebake-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The same java binary that runs this JVM. */
    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The jar this class was loaded from, or null when it was not loaded from a jar (tests, an IDE). */
    private static Path jar() {
        try {
            var source = BoundedHeap.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            LoggerFactory.getLogger(BoundedHeap.class).debug("cannot tell which jar this is; baking in this JVM", e);
            return null;
        }
    }
}
