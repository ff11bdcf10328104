package no.scorebake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.scorebake.testkit.TestFiles;
import no.scorebake.testkit.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The feeds to follow a unit, read back with ROME's Atom parser as a feed reader would: they are
 * Atom 1.0, every id is unique, a month's entry keeps its id and content when later months
 * arrive, the entry tells exactly the month's changes, unexplained red figures and new notes,
 * grouped by unit, and the unit's pages offer the feed.
 */
class FeedTest {

    @TempDir
    Path dir;

    /** Every feed of a baked site, by its address, parsed by ROME (which also checks it is well-formed XML). */
    static Map<String, Feed> feeds(Path site) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(site)) {
            files = s.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
        Map<String, Feed> feeds = new LinkedHashMap<>();
        for (Path f : files) {
            WireFeedInput input = new WireFeedInput();
            input.setXmlHealerOn(false); // a feed that needs healing is not well-formed
            feeds.put(site.relativize(f).toString().replace('\\', '/'), (Feed) input.build(new InputSource(f.toUri().toString())));
        }
        return feeds;
    }

    private Path bake(Path project, String out, String period) {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = no.scorebake.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err),
                "build", "--project", project.toString(), "--out", dir.resolve(out).toString(), "--period", period);
        assertEquals(0, code, err.toString());
        return dir.resolve(out);
    }

    @Test
    void theExamplesFeedsAreAtomWithUniqueIdsAndEarlierMonthsKeepTheirEntries() throws Exception {
        Path project = dir.resolve("example");
        TestFiles.copyExample(project);
        Map<String, Feed> march = feeds(bake(project, "march", "2006-03"));
        Path aprilSite = bake(project, "april", "2006-04");
        Map<String, Feed> april = feeds(aprilSite);

        assertEquals(List.of("800/feed.xml", "810/feed.xml", "820/feed.xml", "830/feed.xml", "840/feed.xml", "850/feed.xml", "feed.xml"),
                List.copyOf(april.keySet()), "a feed for the site and for every unit with a scorecard");
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, Feed> f : april.entrySet()) {
            Feed feed = f.getValue();
            assertEquals("atom_1.0", feed.getFeedType(), f.getKey());
            assertTrue(Files.readString(aprilSite.resolve(f.getKey())).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nb\">"),
                    f.getKey() + " says its language");
            assertTrue(ids.add(feed.getId()), f.getKey() + ": the feed's id is its own");
            List<Entry> entries = feed.getEntries();
            assertEquals(12, entries.size(), f.getKey() + ": one entry per month, the latest twelve");
            assertEquals(entries.get(0).getUpdated(), feed.getUpdated(), f.getKey() + ": the feed is as new as its newest entry");
            assertEquals(java.time.LocalDate.of(2006, 4, 30).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                    entries.get(0).getUpdated().toInstant(), f.getKey() + ": dated by the month's last day, from the data");
            for (Entry e : entries) {
                assertTrue(e.getId().startsWith("urn:uuid:"), e.getId());
                assertTrue(ids.add(e.getId()), f.getKey() + ": entry id " + e.getId() + " is used once in the whole site");
                assertEquals("html", e.getContents().get(0).getType());
            }
        }

        // Every month both builds have keeps its entry: same id, title, date, link and content.
        int compared = 0;
        for (Map.Entry<String, Feed> f : april.entrySet()) {
            Map<String, Entry> before = new LinkedHashMap<>();
            march.get(f.getKey()).getEntries().forEach(e -> before.put(e.getId(), e));
            assertEquals(11, f.getValue().getEntries().stream().filter(e -> before.containsKey(e.getId())).count(),
                    f.getKey() + ": eleven of April's twelve months were in March's feed");
            for (Entry e : f.getValue().getEntries()) {
                Entry old = before.get(e.getId());
                if (old == null) {
                    assertTrue(e.getTitle().contains("april 2006"), e.getTitle());
                    continue;
                }
                assertEquals(old.getTitle(), e.getTitle());
                assertEquals(old.getUpdated(), e.getUpdated());
                assertEquals(href(old), href(e));
                assertEquals(old.getContents().get(0).getValue(), e.getContents().get(0).getValue(), e.getTitle());
                compared++;
            }
        }
        assertEquals(7 * 11, compared);
    }

    @Test
    void aMonthsEntryTellsItsChangesGroupedByUnitAsTheScorecardsShowThem() throws Exception {
        Path project = dir.resolve("example");
        TestFiles.copyExample(project);
        Path site = bake(project, "site", "2006-04");
        Feed department = feeds(site).get("800/feed.xml");
        Entry april = department.getEntries().get(0);
        assertEquals("2006-04/index.html", href(april), "relative to the feed: the department's April scorecard");
        Document content = Jsoup.parseBodyFragment(april.getContents().get(0).getValue());
        int sections = 0;
        for (Element h3 : content.select("h3")) {
            String unit = h3.selectFirst("a").attr("href").replaceAll("^(\\.\\./)?([^/]*)/?.*", "$2");
            unit = unit.equals("2006-04") ? "800" : unit;
            Document card = Jsoup.parse(site.resolve(unit + "/2006-04/index.html").toFile(), "UTF-8");
            List<String> changed = new ArrayList<>();
            for (Element row : card.select("table.change-summary tr[data-kpi]:not([data-unit])")) {
                changed.add(row.attr("data-kpi"));
            }
            List<String> told = new ArrayList<>();
            for (Element li : h3.nextElementSibling().select("li")) {
                if (li.text().contains("→")) {
                    told.add(li.selectFirst("a").attr("href").replaceAll("(.*/)?kpi/(.*)\\.html", "$2"));
                }
            }
            assertEquals(changed, told, unit + ": the entry lists the unit's own changes as its scorecard does");
            sections++;
        }
        assertEquals(6, sections, "the department and its five sections each had news in April");
        Element note = content.selectFirst("a[href='../830/kpi/projects-late.html#notes']");
        assertNotNull(note, "April's note on 830's late projects is told: " + content.html());
        assertTrue(note.parent().text().endsWith("nytt notat"), note.parent().text());
        assertTrue(april.getTitle().startsWith("Avdeling for IT og datafangst, april 2006: "), april.getTitle());
        assertTrue(april.getTitle().contains("1 nytt notat"), april.getTitle());
    }

    /** A small project: A (no scorecard) over A1 and A2, with a red figure explained by a comment, one by nothing, and a note. */
    private TestProject small(Path root) {
        return new TestProject(root)
                .scorecard("A1", """
                        - { id: x, name: Feil, unit: count, target: 100 }
                        - { id: y, name: Saker, unit: count, target: 100 }
                        - { id: z, name: Svar, unit: count, target: 100 }
                        """, "x", "y", "z")
                .scorecard("A2", "- { id: w, name: Timer, unit: count, target: 100 }\n", "w")
                .file("model/data/a.csv", """
                        scorecard,kpi,period,value,target,comment
                        A1,x,2005-07,120,,
                        A1,x,2005-08,50,,
                        A1,y,2005-07,120,,
                        A1,y,2005-08,50,,Forklart i kommentaren
                        A1,z,2005-07,120,,
                        A1,z,2005-08,130,,
                        A2,w,2005-07,50,,
                        A2,w,2005-08,40,,
                        """)
                .file("content/comments/2005-08/A1/z.md", "Et notat om svarene.\n");
    }

    @Test
    void anEntryListsExactlyTheChangesTheUnexplainedRedFiguresAndTheNewNotesOfItsUnits() throws Exception {
        TestProject p = small(dir.resolve("p"));
        TestProject.Run run = p.run("build");
        assertEquals(0, run.exit(), run.err());
        Map<String, Feed> feeds = feeds(p.root().resolve("site"));
        assertEquals(List.of("A/feed.xml", "A1/feed.xml", "A2/feed.xml", "feed.xml"), List.copyOf(feeds.keySet()),
                "A has no scorecard, but units under it do");

        Entry august = feeds.get("A/feed.xml").getEntries().get(0);
        Document content = Jsoup.parseBodyFragment(august.getContents().get(0).getValue());
        assertEquals(List.of("Seksjon A1", "Seksjon A2"), content.select("h3").eachText(), "grouped by unit, in the tree's order");
        assertEquals(List.of("Feil: grønn → rød, ytelse 50,0 % – uten kommentar eller notat", "Saker: grønn → rød, ytelse 50,0 %",
                "Svar: nytt notat"), texts(content.select("h3:contains(A1) + ul > li")));
        assertEquals(List.of("Timer: rød uten kommentar eller notat, ytelse 40,0 %"), texts(content.select("h3:contains(A2) + ul > li")),
                "red in July too: no change, but still without an explanation");
        assertEquals("Avdeling A, august 2005: 2 nye røde, 2 røde uten forklaring, 1 nytt notat", august.getTitle());
        assertEquals("../index.html", href(august), "A has no scorecard of its own: its entries link the site's entry page");
        assertEquals("../A1/kpi/x.html", content.selectFirst("a:contains(Feil)").attr("href"));

        Entry own = feeds.get("A1/feed.xml").getEntries().get(0);
        Document ownContent = Jsoup.parseBodyFragment(own.getContents().get(0).getValue());
        assertTrue(ownContent.select("h3").isEmpty(), "one unit's feed needs no headings");
        assertEquals("kpi/x.html", ownContent.selectFirst("a").attr("href"));
        assertEquals("2005-08/index.html", href(own));

        Entry july = feeds.get("A1/feed.xml").getEntries().get(1);
        assertEquals("Seksjon A1, juli 2005: ingen endringer, røde tall uten forklaring eller nye notater", july.getTitle(),
                "the first month has nothing before it to change from");

        Feed site = feeds.get("feed.xml");
        assertEquals("Test: endringer, røde tall og notater for alle enheter", site.getTitleEx().getValue());
        assertEquals("feed.xml", site.getOtherLinks().get(0).getHref());
    }

    @Test
    void baseUrlMakesEveryLinkAbsolute() throws Exception {
        TestProject p = small(dir.resolve("p")).file("model/site.yaml", TestProject.SITE + "base-url: https://intranett.example.no/mal\n");
        TestProject.Run run = p.run("build");
        assertEquals(0, run.exit(), run.err());
        Feed feed = feeds(p.root().resolve("site")).get("A1/feed.xml");
        assertEquals("https://intranett.example.no/mal/A1/feed.xml", feed.getOtherLinks().get(0).getHref());
        assertEquals("https://intranett.example.no/mal/A1/index.html", feed.getAlternateLinks().get(0).getHref());
        Entry august = feed.getEntries().get(0);
        assertEquals("https://intranett.example.no/mal/A1/2005-08/index.html", href(august));
        Document content = Jsoup.parseBodyFragment(august.getContents().get(0).getValue());
        for (Element a : content.select("a")) {
            assertTrue(a.attr("href").startsWith("https://intranett.example.no/mal/A1/kpi/"), a.attr("href"));
        }
        // The pages themselves stay relative: they work from file:// and any folder.
        Document page = Jsoup.parse(p.root().resolve("site/A1/index.html").toFile(), "UTF-8");
        assertEquals("feed.xml", page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteWebAddressIsAnInputProblemAtItsPlace() throws Exception {
        for (String bad : new String[] {"intranett/mal", "ftp://intranett/mal", "https://intranett/mal?x=1", "file:///srv/mal"}) {
            TestProject p = small(dir.resolve("bad" + Math.abs(bad.hashCode()))).file("model/site.yaml", TestProject.SITE + "base-url: " + bad + "\n");
            TestProject.Run run = p.run("check");
            assertEquals(2, run.exit(), bad + ": " + run.err());
            assertTrue(run.err().startsWith("model/site.yaml:3:11: base-url '" + bad + "' is not an absolute http or https address"),
                    run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void theUnitsPagesOfferTheirFeedAndSayHowToFollowIt() throws Exception {
        TestProject p = small(dir.resolve("p"));
        assertEquals(0, p.run("build").exit());
        Path site = p.root().resolve("site");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("A1/index.html", "feed.xml");
        pages.put("A1/2005-08/index.html", "../feed.xml");
        pages.put("A1/periods.html", "feed.xml");
        pages.put("A1/map.html", "feed.xml");
        pages.put("A1/initiatives.html", "feed.xml");
        pages.put("A1/kpi/x.html", "../feed.xml");
        pages.put("A/deviations.html", "feed.xml");
        pages.put("A/changes.html", "feed.xml");
        pages.put("index.html", "feed.xml");
        pages.put("reports/deviations.html", "../feed.xml");
        for (Map.Entry<String, String> e : pages.entrySet()) {
            Document d = Jsoup.parse(site.resolve(e.getKey()).toFile(), "UTF-8");
            Element head = d.selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertNotNull(head, e.getKey() + " names its feed in its head");
            assertEquals(e.getValue(), head.attr("href"), e.getKey());
            assertFalse(head.attr("title").isBlank(), e.getKey());
            Element follow = d.selectFirst("p.follow a[href='" + e.getValue() + "']");
            assertNotNull(follow, e.getKey() + " offers the feed to the reader");
            assertTrue(follow.parent().text().contains("Høyreklikk RSS-feeder i Outlook → Legg til en ny RSS-feed"), follow.parent().text());
            assertTrue(Files.exists(site.resolve(e.getKey()).getParent().resolve(e.getValue()).normalize()), e.getKey() + " links a feed that is there");
        }
        assertEquals("Følg enheten", Jsoup.parse(site.resolve("A1/index.html").toFile(), "UTF-8").selectFirst("p.follow a").text());
    }

    /** The elements' texts with no-break spaces as plain ones. */
    private static List<String> texts(org.jsoup.select.Elements elements) {
        return elements.eachText().stream().map(t -> t.replace('\u00A0', ' ')).toList();
    }

    private static String href(Entry e) {
        return e.getAlternateLinks().stream().map(Link::getHref).findFirst().orElse(null);
    }
}
