package no.scorebake.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code target/scorebake.jar} with {@code java -jar} (or any command) as a child process,
 * for the tests that need a real process. The JVM gets the launcher's heap limit, as the README
 * tells anyone who runs the jar by hand to give it.
 */
final class Jar {

    static final Path JAR = Path.of("target/scorebake.jar").toAbsolutePath();
    static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    record Run(int exit, String out, String err) {
    }

    private Jar() {
    }

    /** {@code java -Xmx768m [jvmOptions] -jar scorebake.jar args}. */
    static List<String> java(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx768m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a command to its end (two minutes at most) with extra environment variables; output is kept in files, not pipes. */
    static Run run(Path workDir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("scorebake-jar", ".out");
        Path err = Files.createTempFile("scorebake-jar", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish: " + command);
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Run run(Path workDir, List<String> command) throws IOException, InterruptedException {
        return run(workDir, Map.of(), command);
    }
}
