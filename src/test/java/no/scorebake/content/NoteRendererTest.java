package no.scorebake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Note;
import no.scorebake.model.Pos;
import no.scorebake.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NoteRendererTest {

    private final NoteRenderer renderer = new NoteRenderer();

    static Stream<Path> exampleNotes() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("content", "comments"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleNotes")
    void theExampleNotesRenderSafelyWithoutLineBreaksAndTheSameEachTime(Path file) throws IOException {
        String markdown = Files.readString(file, StandardCharsets.UTF_8);
        String html = renderer.render(markdown);
        Safety.assertSafe(html);
        assertFalse(html.contains("<br"), "a single newline in a paragraph is a space");
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(1, body.select("h2").size(), "the note's ## heading");
        assertFalse(body.select("ul li").isEmpty(), "the note's list");
        assertEquals(html, renderer.render(markdown));
        assertEquals(html, new NoteRenderer().render(markdown.replace("\n", "\r\n")), "CRLF renders as LF");
    }

    @Test
    void aParagraphKeepsItsLinesTogether() {
        assertEquals("<p>Kundeservice fikk 195 feil i mars, mot et mål på 150. Det gir en ytelse på 70 %.</p>\n",
                renderer.render("Kundeservice fikk 195 feil i mars,\nmot et mål på 150. Det gir\nen ytelse på 70 %.\n"));
    }

    @Test
    void tablesAndLinksRender() {
        Element body = Jsoup.parseBodyFragment(renderer.render("""
                | Måned | Feil |
                |---|--:|
                | mars | 195 |

                Se [tiltaket](../initiatives.html#itil) og [SSB](https://www.ssb.no/).
                """)).body();
        assertEquals("195", body.selectFirst("tbody td[align=right]").text());
        assertEquals("../initiatives.html#itil", body.select("a").get(0).attr("href"));
        assertEquals("https://www.ssb.no/", body.select("a").get(1).attr("href"));
        assertEquals("noopener noreferrer", body.select("a").get(1).attr("rel"));
    }

    static Stream<String> attacks() {
        return Stream.concat(Safety.HTML.stream(), Safety.MARKDOWN.stream());
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void eachAttackInANoteIsDisarmed(String attack) {
        Safety.assertSafe(renderer.render(attack));
        Safety.assertSafe(renderer.render("Tekst " + attack + " tekst.\n"));
        Safety.assertSafe(renderer.render("- " + attack + "\n- b\n"));
        Safety.assertSafe(renderer.render("| a |\n|---|\n| " + attack.replace("\n", " ") + " |\n"));
    }

    @Test
    void allAttacksInOneNoteAreDisarmed() {
        String html = renderer.render(Safety.all());
        Safety.assertSafe(html);
        assertEquals(html, renderer.render(Safety.all()));
    }

    @Test
    void notesAndPagesGetExactlyTheSameMarkdownSettings(@TempDir Path root) throws IOException {
        String markdown = """
                ## Overskrift

                Linje en
                linje to, ~~strøket~~, https://www.ssb.no/ og *uthevet*.

                | a | b |
                |:-:|---|
                | 1 | 2 |

                Hovedfunn:
                - ikke en liste i JBakes Markdown (pegdown) uten tom linje før

                ```
                kode
                ```

                """ + Safety.all();
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/side.md"), "title=T\nstatus=published\n~~~~~~\n" + markdown);
        Problems problems = new Problems();
        List<EditorialPage> pages = ContentReader.read(root, problems);
        assertFalse(problems.hasErrors());
        assertEquals(pages.get(0).html(), renderer.render(markdown));
    }

    @Test
    void aNoteRendersLikeItsText() {
        Pos pos = Pos.line("content/comments/2005-03/820/user-faults.md", 1);
        Note note = new Note(new KpiKey("820", "user-faults"), YearMonth.of(2005, 3), "## Tittel\n\nTekst.\n", pos);
        assertEquals("<h2>Tittel</h2>\n<p>Tekst.</p>\n", renderer.render(note));
    }

    @Test
    void deepNestingRendersOnABiggerStack() {
        String html = renderer.render("> ".repeat(5000) + "dypt\n\n" + "- ".repeat(1000) + "liste\n\n" + "**".repeat(3000) + "\n");
        assertTrue(html.contains("dypt"));
        assertTrue(html.contains("liste"));
    }

    @Test
    void nestingBeyondEvenTheBigStackIsAMessageNotACrash() {
        ContentException e = assertThrows(ContentException.class, () -> DeepStack.call(NoteRendererTest::bottomless));
        assertEquals(DeepStack.TOO_DEEP, e.getMessage());
        assertEquals("ok", DeepStack.call(() -> "ok"));
    }

    private static String bottomless() {
        return bottomless() + "";
    }

    @Test
    void emptyAndNullNotesAreEmpty() {
        assertEquals("", renderer.render(""));
        assertEquals("", renderer.render((String) null));
    }
}
