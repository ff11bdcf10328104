package no.scorebake.bake;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files shipped inside the jar (the default theme, the example project), read as a tree
 * whether the classes run from the jar or from a folder during development.
 */
public final class BuiltIn {

    private static final Logger LOG = LoggerFactory.getLogger(BuiltIn.class);

    private BuiltIn() {
    }

    /** Every file below a class-path folder: path relative to it → bytes, sorted by path. */
    public static Map<String, byte[]> files(String folder) throws IOException {
        URL url = BuiltIn.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IOException("the jar lacks its built-in " + folder + "; rebuild it with mvn package");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    LOG.debug("opening the jar {} as a file system", uri);
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(fs.provider().getPath(uri));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** Every file below a folder on disk, the same way. */
    public static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
