package no.scorebake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.scorebake.testkit.Launcher;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code mvn package} builds: {@code target/scorebake/} with the launchers in
 * {@code bin/} and the jar in {@code lib/}, and {@code target/scorebake.zip} of the same. The
 * launcher runs the jar in one JVM with the bounded heap, from any folder and through symbolic
 * links; the Windows launcher carries the same options.
 */
class LauncherIT {

    record Run(int exit, String out, String err) {
    }

    private static Run run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "launcher", ".out");
        Path err = Files.createTempFile(dir, "launcher", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("SCOREBAKE_OPTS");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish: " + command);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherRunsFromAnyFolderThroughSymbolicLinksWithTheBoundedHeap(@TempDir Path dir) throws Exception {
        // ~/bin/scorebake -> /opt/scorebake/bin/scorebake, the usual way onto the PATH, and a relative link to that link.
        Path links = Files.createDirectories(dir.resolve("home/bin"));
        Files.createSymbolicLink(links.resolve("scorebake"), Launcher.SCRIPT);
        Path nested = Files.createDirectories(dir.resolve("home/bin/more"));
        Files.createSymbolicLink(nested.resolve("sb"), Path.of("../scorebake"));
        Path elsewhere = Files.createDirectories(dir.resolve("work here"));

        Run version = run(elsewhere, Map.of("SCOREBAKE_OPTS", "-XshowSettings:vm"), List.of(nested.resolve("sb").toString(), "--version"));
        assertEquals(0, version.exit, version.err);
        assertTrue(version.out.startsWith("scorebake "), version.out);
        assertTrue(version.err.contains("Max. Heap Size: 768.00M"), "the launcher bounds the heap:\n" + version.err);

        Run more = run(elsewhere, Map.of("SCOREBAKE_OPTS", "-Xmx1g -XshowSettings:vm"), List.of(links.resolve("scorebake").toString(), "--version"));
        assertEquals(0, more.exit, more.err);
        assertTrue(more.err.contains("Max. Heap Size: 1.00G"), "SCOREBAKE_OPTS comes after the launcher's options and wins:\n" + more.err);

        Run noJava = run(elsewhere, Map.of("JAVA_HOME", dir.resolve("no-java").toString()), List.of(Launcher.SCRIPT.toString(), "--version"));
        assertEquals(2, noJava.exit);
        assertTrue(noJava.err.contains("JAVA_HOME is set to " + dir.resolve("no-java") + ", which holds no bin/java"), noJava.err);
    }

    @Test
    void aBakeThroughTheLauncherIsOneProcess(@TempDir Path dir) throws Exception {
        assertEquals(0, run(dir, Map.of(), Launcher.command("new", "project")).exit());
        Path project = dir.resolve("project");
        Process p = new ProcessBuilder(Launcher.command("build", "-q")).directory(project.toFile())
                .redirectOutput(dir.resolve("build.out").toFile()).redirectError(dir.resolve("build.err").toFile()).start();
        // Once the script has given the JVM its place, the process is java with the launcher's options, and has no child.
        List<String> seen = new ArrayList<>();
        while (p.isAlive()) {
            List<String> arguments = p.info().arguments().map(List::of).orElse(List.of());
            if (arguments.contains(Launcher.HEAP)) {
                if (seen.isEmpty()) {
                    seen.addAll(arguments);
                }
                assertEquals(List.of(), p.descendants().map(h -> h.info().commandLine().orElse("?")).toList(), "no second JVM");
            }
            Thread.onSpinWait();
        }
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("build.err")));
        assertTrue(seen.containsAll(List.of("-Xmx768m", "-XX:+UseParallelGC", "-XX:MetaspaceSize=128m", "-jar")), seen.toString());
        assertTrue(Files.isRegularFile(project.resolve("site/820/index.html")));
    }

    @Test
    void theZipHoldsTheSameDistributionAndTheWindowsLauncherTheSameOptions() throws Exception {
        Map<String, ZipArchiveEntry> entries = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(Path.of("target/scorebake.zip")).get()) {
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                entries.put(entry.getName(), entry);
            }
        }
        for (String f : List.of("scorebake/bin/scorebake", "scorebake/bin/scorebake.cmd", "scorebake/lib/scorebake.jar", "scorebake/README.md")) {
            assertTrue(entries.containsKey(f), f + " in " + entries.keySet());
        }
        assertEquals(0755, entries.get("scorebake/bin/scorebake").getUnixMode() & 0777, "the launcher is executable when unzipped");
        assertTrue(Files.getPosixFilePermissions(Launcher.SCRIPT).contains(PosixFilePermission.OWNER_EXECUTE));
        assertEquals(Files.size(Path.of("target/scorebake.jar")), entries.get("scorebake/lib/scorebake.jar").getSize());

        String sh = Files.readString(Launcher.SCRIPT);
        String cmd = Files.readString(Launcher.HOME.resolve("bin/scorebake.cmd"));
        assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "Windows line ends throughout");
        assertTrue(cmd.contains("%~dp0"), "the .cmd finds its folder the Windows way");
        assertEquals(options(sh), options(cmd), "both launchers give the JVM the same options");
        assertTrue(cmd.contains("%*") && cmd.contains("exit /b %ERRORLEVEL%"), "arguments passed on, exit status returned");
    }

    /** The JVM options a launcher gives before its users' own (the -X… words of the line that starts java, not a comment). */
    private static List<String> options(String script) {
        Matcher line = Pattern.compile("(?m)^(?!#|@rem)[^\\n]*?\\s(-Xmx\\S+[^\\n]*)$").matcher(script);
        assertTrue(line.find(), script);
        List<String> options = new ArrayList<>();
        Matcher m = Pattern.compile("-X\\S+").matcher(line.group(1));
        while (m.find()) {
            options.add(m.group());
        }
        return options;
    }
}
