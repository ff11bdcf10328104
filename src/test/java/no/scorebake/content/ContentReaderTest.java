package no.scorebake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import no.scorebake.problem.Problem;
import no.scorebake.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReaderTest {

    private static final String HEADER = "title=Side\nstatus=published\n~~~~~~\n\n";

    @TempDir
    Path root;

    private Problems problems = new Problems();

    private void file(String rel, String text) {
        bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String rel, byte[] content) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<EditorialPage> read() {
        problems = new Problems();
        return ContentReader.read(root, problems);
    }

    private EditorialPage only() {
        List<EditorialPage> pages = read();
        assertEquals(List.of(), lines(problems.errors()));
        assertEquals(1, pages.size(), () -> "pages: " + pages);
        return pages.get(0);
    }

    private static List<String> lines(List<Problem> list) {
        return list.stream().map(Problem::toString).toList();
    }

    /** Exactly one error, and it reads {@code where: phrase...}; the file gives no page. */
    private void error(String where, String phrase) {
        List<EditorialPage> pages = read();
        List<String> errors = lines(problems.errors());
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertTrue(errors.get(0).startsWith(where + ": " + phrase), () -> "error: " + errors.get(0));
        assertEquals(List.of(), pages);
    }

    // --- the example project -------------------------------------------------------------

    @Test
    void theExampleContentReadsAsThreePublishedPages() {
        Problems p = new Problems();
        List<EditorialPage> pages = ContentReader.read(Path.of("").toAbsolutePath(), p);
        assertEquals(List.of(), lines(p.errors()));
        assertEquals(List.of(), lines(p.warnings()));
        assertEquals(List.of("pages/hjelp.html", "pages/nyheter/2006-04-nye-tall.html", "pages/om-malstyring.html"),
                pages.stream().map(EditorialPage::path).toList());
        assertEquals(List.of("Hjelp: slik leser du styringskortet", "Tallene for april 2006 er publisert", "Om målstyring"),
                pages.stream().map(EditorialPage::title).toList());
        assertEquals(List.of("content/hjelp.md", "content/nyheter/2006-04-nye-tall.md", "content/om-malstyring.md"),
                pages.stream().map(EditorialPage::sourcePath).toList());
        EditorialPage news = pages.get(1);
        assertEquals("2006-04-12", news.date());
        assertEquals("post", news.type(), "the news item is a post, listed on the entry page rather than in the menu");
        assertNull(pages.get(0).date(), "no date in the header: none, not the file's time");
        for (EditorialPage page : pages) {
            Safety.assertSafe(page.html());
            assertFalse(page.html().contains("<br"), page.path());
            assertFalse(page.html().contains("~~~~~~"), "header separator left in the body of " + page.path());
            assertFalse(page.html().contains("status=published"), "header left in the body of " + page.path());
        }
        Element help = Jsoup.parseBodyFragment(pages.get(0).html()).body();
        assertEquals(5, help.select("table tbody tr").size(), "the column table of hjelp.md");
        assertEquals("Kolonnene", help.selectFirst("h2").text());
        assertTrue(pages.get(2).html().contains("<strong>«Til å stole på»</strong>"));
    }

    @Test
    void notesUnderCommentsAreNotPages() {
        file("content/comments/2005-03/820/user-faults.md", "## A note\n\nText.\n");
        file("content/comments/Ikke gyldig navn/x.md", "no header\n");
        assertEquals(List.of(), read());
        assertEquals(List.of(), lines(problems.errors()));
        assertEquals(List.of(), lines(problems.warnings()));
    }

    @Test
    void noContentFolderMeansNoPages() {
        assertEquals(List.of(), read());
        assertFalse(problems.hasErrors());
    }

    // --- headers -------------------------------------------------------------------------

    @Test
    void aJBakeHeaderGivesTitleTypeDateAndTags() {
        file("content/nyheter/2006-05-mote.md", """
                title=Avdelingsmøtet i mai = viktig
                type=post
                status=published
                date=2006-05-15
                tags=møte, avdeling ,, møte,tall
                author=Avdelingsdirektør
                ~~~~~~

                Møtet holdes *15. mai*.
                """);
        EditorialPage page = only();
        assertEquals("pages/nyheter/2006-05-mote.html", page.path());
        assertEquals("Avdelingsmøtet i mai = viktig", page.title());
        assertEquals("post", page.type());
        assertEquals("2006-05-15", page.date());
        assertEquals(List.of("møte", "avdeling", "tall"), page.tags());
        assertEquals("content/nyheter/2006-05-mote.md", page.sourcePath());
        assertEquals("<p>Møtet holdes <em>15. mai</em>.</p>\n", page.html());
    }

    @Test
    void typeDefaultsToPageAndCrlfAndBomAreFine() {
        bytes("content/a.md", ("\uFEFFtitle=A\r\nstatus=published\r\n~~~~~~\r\n\r\nLine one\r\nline two\r\n").getBytes(StandardCharsets.UTF_8));
        EditorialPage page = only();
        assertEquals("A", page.title());
        assertEquals("page", page.type());
        assertEquals(List.of(), page.tags());
        assertEquals("<p>Line one line two</p>\n", page.html());
    }

    @Test
    void draftsAreSkippedWithoutComplaint() {
        file("content/utkast.md", "title=Utkast\nstatus=draft\n~~~~~~\n\nIkke ferdig.\n");
        file("content/halvferdig.md", "status=draft\ntype=whatever\ndate=snart\n~~~~~~\n\nUten tittel ennå.\n");
        assertEquals(List.of(), read());
        assertEquals(List.of(), lines(problems.errors()));
        assertEquals(List.of(), lines(problems.warnings()));
    }

    @Test
    void aPageWithoutStatusIsADraftAsInJBakeButSaysSo() {
        file("content/a.md", "title=A\n~~~~~~\n\nText.\n");
        assertEquals(List.of(), read());
        assertFalse(problems.hasErrors());
        assertEquals(List.of("content/a.md:1: warning: no status= line, so JBake takes the page for a draft and it is not published;"
                + " add status=published (or status=draft)"), lines(problems.warnings()));
    }

    @Test
    void missingTitle() {
        file("content/a.md", "status=published\n~~~~~~\n\nText.\n");
        error("content/a.md:1", "missing title");
    }

    @Test
    void emptyTitle() {
        file("content/a.md", "status=published\ntitle=  \n~~~~~~\n\nText.\n");
        error("content/a.md:2", "the title is empty");
    }

    @Test
    void unknownStatus() {
        file("content/a.md", "title=A\nstatus=publisert\n~~~~~~\n\nText.\n");
        error("content/a.md:2", "unknown status 'publisert' — known: draft, published");
    }

    @Test
    void statusPublishedDateWouldDependOnTheDayOfTheBuild() {
        file("content/a.md", "title=A\nstatus=published-date\ndate=2006-01-01\n~~~~~~\n\nText.\n");
        error("content/a.md:2", "status 'published-date' depends on the day of the build");
    }

    @Test
    void unknownType() {
        file("content/a.md", "title=A\nstatus=published\ntype=nyhet\n~~~~~~\n\nText.\n");
        error("content/a.md:3", "unknown type 'nyhet' — known: page, post");
    }

    @Test
    void aDateMustBeARealDateWrittenYearMonthDay() {
        for (String bad : new String[] {"12.04.2006", "2006-02-30", "2006-4-12", "2006-04-12 10:00", "i morgen"}) {
            file("content/a.md", "title=A\nstatus=published\ndate=" + bad + "\n~~~~~~\n\nText.\n");
            error("content/a.md:3", "date '" + bad + "' is not a date written yyyy-mm-dd");
        }
    }

    @Test
    void aHeaderLineWithoutEqualsSign() {
        file("content/a.md", "title=A\nstatus: published\n~~~~~~\n\nText.\n");
        error("content/a.md:2", "a header line is name=value, and this one has no '=': 'status: published'");
    }

    @Test
    void aHeaderLineOfSpaces() {
        file("content/a.md", "title=A\n   \nstatus=published\n~~~~~~\n\nText.\n");
        error("content/a.md:2", "a header line holds only spaces");
    }

    @Test
    void aHeaderWithoutItsEndLine() {
        file("content/a.md", "title=A\nstatus=published\n\nText.\n");
        error("content/a.md:1", "the header has no end: put a line ~~~~~~ after its last line");
    }

    @Test
    void anEndLineWithSpaces() {
        file("content/a.md", "title=A\nstatus=published\n~~~~~~ \n\nText.\n");
        error("content/a.md:3", "the line that ends the header must be exactly ~~~~~~");
    }

    @Test
    void noHeaderAtAll() {
        file("content/a.md", "# Bare Markdown\n\nText.\n");
        error("content/a.md:1", "no header: an editorial page starts with title=");
    }

    @Test
    void noHeaderButAFenceOfTildesFurtherDown() {
        file("content/a.md", "Tekst først.\n\n~~~~~~\nkode\n~~~~~~\n");
        error("content/a.md:1", "no header: an editorial page starts with title=");
    }

    @Test
    void aNameGivenTwice() {
        file("content/a.md", "title=A\nstatus=published\ntitle=B\n~~~~~~\n\nText.\n");
        error("content/a.md:3", "'title' is given twice, first on line 1");
    }

    @Test
    void knownNamesMustBeLowerCase() {
        file("content/a.md", "Title=A\nstatus=published\n~~~~~~\n\nText.\n");
        error("content/a.md:1", "write 'title' in lower case");
    }

    @Test
    void aValueInBracesWouldBeReadAsJson() {
        file("content/a.md", "title={Budsjett}\nstatus=published\n~~~~~~\n\nText.\n");
        error("content/a.md:1", "JBake reads a value in braces as JSON");
    }

    @Test
    void emptyFile() {
        file("content/a.md", "");
        error("content/a.md:1", "the file is empty");
    }

    @Test
    void aFileThatIsNotUtf8() {
        bytes("content/a.md", "title=M\u00e5l\nstatus=published\n~~~~~~\n".getBytes(StandardCharsets.ISO_8859_1));
        error("content/a.md:1", "file is not UTF-8");
    }

    @Test
    void nothingBelowTheHeaderGivesAnEmptyPageNotTheHeaderAsText() {
        file("content/a.md", "title=A\nstatus=published\n~~~~~~\n");
        EditorialPage page = only();
        assertEquals("", page.html());
        assertEquals(List.of("content/a.md:1: warning: the page has no text below the ~~~~~~ line"), lines(problems.warnings()));
    }

    // --- paths ---------------------------------------------------------------------------

    @Test
    void namesWithSpacesOrNorwegianLettersAreRefusedNotRenamed() {
        file("content/Nye tall.md", HEADER + "Text.\n");
        error("content/Nye tall.md", "file name 'Nye tall.md' cannot be part of the page's address: use only A-Z, a-z, 0-9, '.', '_' and '-'"
                + " (no spaces or æ ø å); rename it, e.g. to 'Nye-tall.md'");
    }

    @Test
    void folderNamesAreCheckedToo() {
        file("content/målstyring/om.md", HEADER + "Text.\n");
        error("content/målstyring/om.md", "folder name 'målstyring' cannot be part of the page's address");
        assertTrue(lines(problems.errors()).get(0).endsWith("rename it, e.g. to 'malstyring'"));
    }

    @Test
    void windowsDeviceNamesAreRefused() {
        file("content/con.md", HEADER + "Text.\n");
        error("content/con.md", "file name 'con.md' is a name Windows reserves");
    }

    @Test
    void pagesWhoseAddressesDifferOnlyInCaseClash() {
        file("content/Hjelp.md", HEADER + "A.\n");
        file("content/hjelp.md", HEADER + "B.\n");
        List<EditorialPage> pages = read();
        assertEquals(List.of("content/hjelp.md: this page (pages/hjelp.html) and content/Hjelp.md (pages/Hjelp.html) differ only in"
                + " upper and lower case, which is the same file on a Windows share; rename one"), lines(problems.errors()));
        assertEquals(1, pages.size());
    }

    @Test
    void markdownAndHtmlOfTheSameNameClash() {
        file("content/a.md", HEADER + "A.\n");
        file("content/a.html", HEADER + "<p>B.</p>\n");
        read();
        assertEquals(List.of("content/a.md: this page and content/a.html would both become pages/a.html; rename or remove one"),
                lines(problems.errors()));
    }

    @Test
    void hiddenFilesAndOtherKindsOfFilesAreIgnoredButLookalikesWarned() {
        file("content/.utkast.md", "rubbish");
        file("content/.git/x.md", "rubbish");
        file("content/bilder/kart.png", "PNG");
        file("content/gammel.adoc", "= AsciiDoc\n");
        file("content/ny.markdown", HEADER + "x\n");
        file("content/a.md", HEADER + "Text.\n");
        assertEquals("pages/a.html", only().path());
        assertEquals(List.of(
                "content/gammel.adoc: warning: this file is not read as a page: AsciiDoc is not supported; write the page in Markdown (.md)",
                "content/ny.markdown: warning: this file is not read as a page: Markdown pages end in .md; rename it"),
                lines(problems.warnings()));
    }

    @Test
    void pagesComeSortedByPathAndEveryProblemIsReportedInOneRun() {
        file("content/b.md", HEADER + "B\n");
        file("content/a/z.md", HEADER + "Z\n");
        file("content/a.md", HEADER + "A\n");
        file("content/x y.md", HEADER + "bad\n");
        file("content/c.md", "status=published\n~~~~~~\nno title\n");
        file("content/d.md", "title=D\nstatus=kladd\n~~~~~~\n");
        List<EditorialPage> pages = read();
        assertEquals(List.of("pages/a.html", "pages/a/z.html", "pages/b.html"), pages.stream().map(EditorialPage::path).toList());
        assertEquals(3, problems.errors().size(), () -> lines(problems.errors()).toString());
    }

    // --- body ----------------------------------------------------------------------------

    @Test
    void singleNewlinesInAParagraphAreNotLineBreaks() {
        file("content/a.md", HEADER + "Første linje\nandre linje\ntredje linje.\n\nNytt avsnitt.\n");
        EditorialPage page = only();
        assertEquals("<p>Første linje andre linje tredje linje.</p>\n<p>Nytt avsnitt.</p>\n", page.html());
    }

    @Test
    void tablesLinksAndTheUsualMarkdownRender() {
        file("content/a.md", HEADER + """
                | Kolonne | Betydning |
                |:--|--:|
                | **Mål** | Måltallet |

                Se [hjelp](hjelp.html), [styringskortet](../810/index.html#kpi), <https://www.ssb.no/> og
                www.example.org, eller skriv til bms@example.org. ~~Gammelt~~.

                ```
                kode <her>
                ```

                Begrep
                :   Forklaring

                #5 på lista er ikke en overskrift.
                """);
        Element body = Jsoup.parseBodyFragment(only().html()).body();
        assertEquals("Kolonne", body.selectFirst("table thead th[align=left]").text());
        assertEquals("Mål", body.selectFirst("table tbody td strong").text());
        assertEquals("hjelp.html", body.select("a").get(0).attr("href"));
        assertEquals("", body.select("a").get(0).attr("rel"));
        assertEquals("../810/index.html#kpi", body.select("a").get(1).attr("href"));
        assertEquals("https://www.ssb.no/", body.select("a").get(2).attr("href"));
        assertEquals("noopener noreferrer", body.select("a").get(2).attr("rel"));
        assertEquals("http://www.example.org", body.select("a").get(3).attr("href"));
        assertEquals("mailto:bms@example.org", body.select("a").get(4).attr("href"));
        assertEquals("Gammelt", body.selectFirst("del").text());
        assertEquals("kode <her>\n", body.selectFirst("pre code").wholeText());
        assertEquals("Forklaring", body.selectFirst("dl dd").text());
        assertTrue(body.select("h1, h2, h3").isEmpty(), "#5 without a space stays text");
    }

    @Test
    void hostileMarkdownAndHtmlInAPageAreDisarmed() {
        file("content/a.md", HEADER + Safety.all());
        EditorialPage page = only();
        Safety.assertSafe(page.html());
        assertTrue(page.html().contains("Hostile"));
    }

    @Test
    void hostileHtmlPageIsDisarmedToo() {
        StringBuilder html = new StringBuilder(HEADER);
        Safety.HTML.forEach(h -> html.append("<p>keep</p>").append(h).append('\n'));
        file("content/a.html", html.toString());
        EditorialPage page = only();
        assertEquals("pages/a.html", page.path());
        Safety.assertSafe(page.html());
        assertTrue(page.html().contains("<p>keep</p>"));
    }

    @Test
    void deeplyNestedTextRendersInsteadOfCrashing() {
        file("content/a.md", HEADER + "> ".repeat(3000) + "dypt\n\n" + "*".repeat(3000) + "\n\n" + "_".repeat(3000) + "\n");
        EditorialPage page = only();
        assertTrue(page.html().contains("dypt"));
    }

    // --- determinism ---------------------------------------------------------------------

    @Test
    void theSameFilesGiveTheSamePagesAndFileTimesChangeNothing() throws IOException {
        file("content/a.md", "title=A\nstatus=published\n~~~~~~\n\nUten dato.\n");
        file("content/b.md", "title=B\nstatus=published\ndate=2006-04-12\n~~~~~~\n\nMed dato.\n");
        List<EditorialPage> first = read();
        assertEquals(2, first.size());
        assertNull(first.get(0).date());
        for (String f : new String[] {"content/a.md", "content/b.md"}) {
            Files.setLastModifiedTime(root.resolve(f), FileTime.from(Instant.parse("1999-12-31T23:59:59Z")));
        }
        List<EditorialPage> second = read();
        assertEquals(first, second);
        Files.setLastModifiedTime(root.resolve("content/a.md"), FileTime.from(Instant.now()));
        assertEquals(first, read());
        assertNotNull(second.get(1).date());
    }

    @Test
    void exampleContentIsTheSameEveryTime() {
        Path project = Path.of("").toAbsolutePath();
        List<EditorialPage> once = ContentReader.read(project, new Problems());
        List<EditorialPage> again = ContentReader.read(project, new Problems());
        assertEquals(once, again);
        if (once.isEmpty()) {
            fail("no pages");
        }
    }
}
