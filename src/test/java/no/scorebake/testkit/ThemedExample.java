package no.scorebake.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.scorebake.bake.BuiltIn;

/**
 * The example project of this repository copied into a folder with one of the repository's
 * themes, selected in its site.yaml: how a municipality would use a theme of its own.
 */
public final class ThemedExample {

    private ThemedExample() {
    }

    /**
     * Copies model/, content/ and themes/{@code theme}/ of the working tree into {@code dir} and
     * selects the theme, with the settings of its {@code theme-params.yaml} when it has one; returns {@code dir}.
     */
    public static Path write(Path dir, String theme) {
        try {
            for (String folder : List.of("model", "content", "themes/" + theme)) {
                for (Map.Entry<String, byte[]> f : BuiltIn.read(Path.of(folder)).entrySet()) {
                    Path file = dir.resolve(folder).resolve(f.getKey());
                    Files.createDirectories(file.getParent());
                    Files.write(file, f.getValue());
                }
            }
            Path site = dir.resolve("model/site.yaml");
            String yaml = Files.readString(site).replaceAll("(?m)^theme:.*\\n", "");
            Path params = Path.of("themes", theme, "theme-params.yaml");
            Files.writeString(site, yaml + (yaml.endsWith("\n") ? "" : "\n") + "theme: " + theme + "\n"
                    + (Files.isRegularFile(params) ? Files.readString(params) : ""));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
