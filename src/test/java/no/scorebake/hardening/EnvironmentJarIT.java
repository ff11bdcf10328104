package no.scorebake.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.scorebake.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same project baked under different time zones, locales and default charsets gives the
 * same site byte for byte: administrators bake on laptops, servers and CI in any of them, and a
 * republished site must not change because the machine did. Each bake is its own
 * {@code java -jar} process with its own copy of the example project (so each draws its own
 * charts), with the environment set both the POSIX way (TZ, LANG, LC_ALL) and the Java way.
 */
class EnvironmentJarIT {

    record Env(String name, Map<String, String> variables, List<String> jvm) {
    }

    static final List<Env> ENVIRONMENTS = List.of(
            new Env("UTC, C.UTF-8", Map.of("TZ", "UTC", "LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), List.of()),
            new Env("Kiritimati (UTC+14), nb_NO, Latin-1",
                    Map.of("TZ", "Pacific/Kiritimati", "LANG", "nb_NO.ISO-8859-1", "LC_ALL", "nb_NO.ISO-8859-1"),
                    List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=nb", "-Duser.country=NO", "-Dfile.encoding=ISO-8859-1")),
            new Env("St. John's (UTC-3:30), Turkish, US-ASCII",
                    Map.of("TZ", "America/St_Johns", "LANG", "tr_TR.ISO-8859-9", "LC_ALL", "tr_TR.ISO-8859-9"),
                    List.of("-Duser.timezone=America/St_Johns", "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=US-ASCII",
                            "-Dsun.stdout.encoding=US-ASCII")),
            new Env("Samoa (UTC-11), Arabic (Egypt), UTF-16",
                    Map.of("TZ", "Pacific/Pago_Pago", "LANG", "ar_EG.UTF-8", "LC_ALL", "ar_EG.UTF-8"),
                    List.of("-Duser.timezone=Pacific/Pago_Pago", "-Duser.language=ar", "-Duser.country=EG", "-Dfile.encoding=UTF-16")));

    @Test
    void theSameProjectBakesTheSameBytesEverywhere(@TempDir Path dir) throws Exception {
        Map<String, String> first = null;
        List<String> report = new ArrayList<>();
        for (int i = 0; i < ENVIRONMENTS.size(); i++) {
            Env env = ENVIRONMENTS.get(i);
            Path project = dir.resolve("project-" + i);
            for (String folder : List.of("model", "content")) {
                TestFiles.copyOver(Path.of(folder).toAbsolutePath(), project.resolve(folder));
            }
            Path site = dir.resolve("site-" + i);
            Jar.Run r = Jar.run(dir, env.variables(), Jar.java(env.jvm(), "build", "-q", "--project", project.toString(), "--out", site.toString()));
            assertEquals(0, r.exit(), env.name() + ":\n" + r.err());
            Map<String, String> snapshot = TestFiles.snapshot(site);
            assertTrue(snapshot.size() > 100, env.name() + ": a whole site");
            if (first == null) {
                first = snapshot;
            } else {
                TreeSet<String> differ = new TreeSet<>(first.keySet());
                differ.addAll(snapshot.keySet());
                Map<String, String> base = first;
                differ.removeIf(k -> java.util.Objects.equals(base.get(k), snapshot.get(k)));
                assertEquals(List.of(), List.copyOf(differ).subList(0, Math.min(10, differ.size())),
                        env.name() + ": files that differ from the bake in " + ENVIRONMENTS.get(0).name() + " (first 10 of " + differ.size() + ")");
            }
            report.add(env.name() + ": " + snapshot.size() + " files and folders");
        }
        System.out.println("EnvironmentJarIT: byte-identical sites in " + String.join("; ", report));
    }
}
