package no.scorebake.bake.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marker file that makes a folder scorebake's output, and the token in the marker of a
 * published version, by which the record of a publish ({@link LastBuild#ofPublished}) knows the
 * very version it was made for. Only the marker holds the token, never a page, so the pages stay
 * byte for byte what a fresh bake makes.
 */
public final class VersionMarker {

    private static final Logger LOG = LoggerFactory.getLogger(VersionMarker.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Marks a folder as scorebake's output, safe to replace. */
    public static final String NAME = ".scorebake-site";

    /** The marker's text in a folder that {@code build} makes. */
    public static final String TEXT = "This folder is baked by scorebake and replaced by each build.\n";

    /** The marker of a published version goes on with this and the version's token. */
    private static final String TOKEN_LINE = "publish ";

    private VersionMarker() {
    }

    /** The marker's text for a published version with {@code token} (none when null). */
    public static String text(String token) {
        return token == null ? TEXT : TEXT + TOKEN_LINE + token + "\n";
    }

    /**
     * A new token for a published version: 128 random bits, so no other version, earlier or
     * made by hand, holds the same one.
     */
    public static String newToken() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    /** The token in a marker's text {@code marker}; null when it holds none (the output of {@code build}, or an earlier scorebake's). */
    static String tokenOf(String marker) {
        for (String line : marker.split("\n")) {
            if (line.startsWith(TOKEN_LINE) && line.length() > TOKEN_LINE.length()) {
                return line.substring(TOKEN_LINE.length()).strip();
            }
        }
        return null;
    }

    /** The token in the marker of the folder {@code dir}; null when there is none or it cannot be read. */
    static String tokenIn(Path dir) {
        try {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            return tokenOf(Files.readString(dir.resolve(NAME), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.debug("no token in the marker of {}", dir, e);
            return null;
        }
    }
}
