package no.scorebake.feed;

import java.time.LocalDate;
import java.util.List;

/**
 * An Atom feed as scorebake writes it, every text final: ids, titles, links (relative to the
 * feed's own address, or absolute), each entry's content as HTML.
 *
 * @param id the feed's permanent id, an absolute IRI
 * @param lang the language tag of its text ({@code xml:lang})
 * @param author who the feed is from (the site's title)
 * @param self the feed's own address
 * @param alternate the page the feed follows
 * @param entries newest first
 */
public record FeedText(String id, String title, String lang, String author, String self, String alternate, List<Entry> entries) {

    /**
     * One entry.
     *
     * @param id the entry's permanent id, an absolute IRI
     * @param updated the day the entry's figures are of, which the data fixes (never the build's time)
     * @param link the page the entry is about
     * @param html the entry's content as HTML
     */
    public record Entry(String id, String title, LocalDate updated, String link, String html) {
    }

    /** The newest entry's day: the feed's own {@code updated}; null when there is no entry. */
    public LocalDate updated() {
        return entries.stream().map(Entry::updated).max(LocalDate::compareTo).orElse(null);
    }
}
