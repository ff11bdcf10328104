package no.scorebake.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.scorebake.model.Pos;

/**
 * Reads a project file as strict UTF-8 with a friendly message for what spreadsheets and old
 * editors produce instead (Latin-1, an Excel workbook renamed to .csv, binary junk, huge files).
 * A byte-order mark is dropped.
 */
public final class SourceFile {

    /** Larger files are refused before they are read, so a junk file cannot exhaust memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private SourceFile() {
    }

    /** The path relative to the project, with forward slashes, as used in every message. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The entries of a folder in order of name; none when the folder does not exist, or when it
     * cannot be listed, which is then reported at the folder.
     */
    public static List<Path> list(Path root, Path folder, Problems problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            problems.error(Pos.of(relative(root, folder)), "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }

    /** The file's text, or null after reporting why it cannot be read. */
    public static String read(Path root, Path file, Problems problems) {
        return read(root, file, null, problems);
    }

    /**
     * The text of a file whose bytes were already read ({@code bytes}; null to read them here),
     * or null after reporting why it cannot be read: the same checks and messages either way.
     */
    public static String read(Path root, Path file, byte[] bytes, Problems problems) {
        String rel = relative(root, file);
        try {
            long size = bytes != null ? bytes.length : Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(Pos.line(rel, 1), "file is " + (size / (1024 * 1024)) + " MB; files of the model are limited to "
                        + (MAX_BYTES / (1024 * 1024)) + " MB — is it really a data file?");
                return null;
            }
            if (bytes == null) {
                bytes = Files.readAllBytes(file);
            }
            if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
                problems.error(Pos.line(rel, 1), "this is an Excel workbook or other zip file, not text; save it as \"CSV UTF-8\"");
                return null;
            }
            if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
                problems.error(Pos.line(rel, 1), "this is an old Excel (.xls) file, not text; save it as \"CSV UTF-8\"");
                return null;
            }
            // Decoding replaces what is not UTF-8 with U+FFFD; only a text holding one needs the strict
            // decoder to tell a bad byte from a replacement character written in the file.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                try {
                    text = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException e) {
                    problems.error(Pos.line(rel, firstBadLine(bytes)), "file is not UTF-8 (perhaps saved as Latin-1/Windows-1252, where æ ø å differ); save it as UTF-8");
                    return null;
                }
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                problems.error(Pos.line(rel, 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count()),
                        "file holds binary data (a NUL byte), not text");
                return null;
            }
            return text;
        } catch (IOException e) {
            problems.error(Pos.line(rel, 1), "cannot read the file: " + e.getMessage());
            return null;
        }
    }

    /** The 1-based line holding the first byte sequence that is not UTF-8. */
    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, from, i - from));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                from = i + 1;
            }
        }
        return 1;
    }
}
