package no.scorebake.testkit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.scorebake.cli.Main;
import no.scorebake.load.ProjectLoader;
import no.scorebake.model.Project;
import no.scorebake.status.StatusEngine;

/**
 * A small project written into a temporary folder, file by file, for tests. It starts with a
 * valid site.yaml and organisation (unit "A" with sub-units "A1", "A2") and no scorecards.
 */
public final class TestProject {

    public static final String SITE = "title: Test\nperiod: 2005-08\n";
    public static final String ORGANISATION = """
            units:
              - id: A
                name: Avdeling A
                units:
                  - id: A1
                    name: Seksjon A1
                    coordinator: Koordinator A1
                  - id: A2
                    name: Seksjon A2
            """;

    private final Path root;

    public TestProject(Path root) {
        this.root = root;
        file("model/site.yaml", SITE);
        file("model/organisation.yaml", ORGANISATION);
    }

    public Path root() {
        return root;
    }

    /** Writes (or overwrites) a file, relative to the project, as UTF-8. */
    public TestProject file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestProject bytes(String relative, byte[] content) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scorecard for a unit: one perspective "p", one objective "o" with factor "f" listing the given KPIs, and the KPI definitions. */
    public TestProject scorecard(String unit, String kpisYaml, String... factorKpis) {
        String list = String.join(", ", java.util.Arrays.stream(factorKpis).map(k -> "\"" + k + "\"").toList());
        return file("model/scorecards/" + unit + ".yaml", """
                perspectives:
                  - { id: p, name: Perspektiv }
                objectives:
                  - id: o
                    name: Mål
                    perspective: p
                    factors:
                      - id: f
                        name: Faktor
                        kpis: [%s]
                kpis:
                %s""".formatted(list, kpisYaml.indent(2)));
    }

    /** Loads and checks the project; fails the test with every problem when it has errors. */
    public Project load() {
        ProjectLoader.Result r = ProjectLoader.load(root);
        if (r.project() == null) {
            throw new AssertionError("project has errors:\n" + String.join("\n", r.problems().errors().stream().map(Object::toString).toList()));
        }
        return r.project();
    }

    public ProjectLoader.Result loadResult() {
        return ProjectLoader.load(root);
    }

    public StatusEngine engine() {
        return new StatusEngine(load());
    }

    /** Runs the command line in-process; {@code --project} is added for this project. */
    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = root.toString();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }

    /** What a command printed and returned. */
    public record Run(int exit, String out, String err) {
    }
}
