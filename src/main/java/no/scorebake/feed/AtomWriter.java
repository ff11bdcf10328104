package no.scorebake.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.Verifier;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

/**
 * Writes a {@link FeedText} as Atom 1.0 with ROME, which knows the format's rules and escapes
 * every text; the XML is laid out by JDOM with Unix line ends, so the same feed is the same
 * bytes on every machine. Dates are written as midnight UTC of their day.
 */
public final class AtomWriter {

    private AtomWriter() {
    }

    /** The feed as UTF-8 bytes of an Atom 1.0 document. */
    public static byte[] write(FeedText text) throws IOException {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(xml(text.id()));
        feed.setTitleEx(plain(text.title()));
        Person author = new Person();
        author.setName(xml(text.author()));
        List<SyndPerson> authors = new ArrayList<>();
        authors.add(author);
        feed.setAuthors(authors);
        feed.setAlternateLinks(new ArrayList<>(List.of(link("alternate", "text/html", text.alternate()))));
        feed.setOtherLinks(new ArrayList<>(List.of(link("self", "application/atom+xml", text.self()))));
        LocalDate updated = text.updated();
        // A feed without entries is still valid: it is as new as the first day anything could be in it.
        feed.setUpdated(date(updated == null ? LocalDate.of(1970, 1, 1) : updated));
        List<Entry> entries = new ArrayList<>();
        for (FeedText.Entry e : text.entries()) {
            Entry entry = new Entry();
            entry.setId(xml(e.id()));
            entry.setTitleEx(plain(e.title()));
            entry.setUpdated(date(e.updated()));
            entry.setAlternateLinks(new ArrayList<>(List.of(link("alternate", "text/html", e.link()))));
            Content content = new Content();
            content.setType("html");
            content.setValue(xml(e.html()));
            entry.setContents(new ArrayList<>(List.of(content)));
            entries.add(entry);
        }
        feed.setEntries(entries);
        Document doc;
        try {
            doc = new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME could not write the feed " + text.id(), e);
        }
        // ROME keeps the language for Atom 0.3 only; Atom 1.0 says it with xml:lang, which readers use to show the text.
        doc.getRootElement().setAttribute("lang", text.lang(), Namespace.XML_NAMESPACE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8").setLineSeparator(LineSeparator.UNIX)).output(doc, bytes);
        return bytes.toByteArray();
    }

    private static Content plain(String text) {
        Content c = new Content();
        c.setType("text");
        c.setValue(xml(text));
        return c;
    }

    /**
     * The text without the characters XML cannot hold at all (control characters such as
     * U+0001, U+FFFE): a name in the model may have them, and a page shows them harmlessly,
     * but a feed with one is not XML and no reader would read it.
     */
    static String xml(String text) {
        if (text == null || text.codePoints().allMatch(Verifier::isXMLCharacter)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(Verifier::isXMLCharacter).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static Link link(String rel, String type, String href) {
        Link l = new Link();
        l.setRel(rel);
        l.setType(type);
        l.setHref(xml(href));
        return l;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
