package no.scorebake.page;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.scorebake.address.Addresses;
import no.scorebake.compare.Change;
import no.scorebake.feed.AtomWriter;
import no.scorebake.feed.FeedText;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Scorecard;
import no.scorebake.model.Unit;
import no.scorebake.status.KpiStatus;
import no.scorebake.text.Labels;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The Atom feeds to follow a unit ({@code <unit>/feed.xml}) and the whole site ({@code feed.xml}):
 * one entry per month, the latest {@value #PERIODS}, newest first, each telling the month's
 * changes of status, red figures without an explanation and new notes ({@link UnitNews}) of the
 * unit and every unit under it, grouped by unit.
 *
 * <p>A month's entry is the same whichever month is current: its id is made from the site's
 * title, the unit and the month (never the build's time), its date is the month's last day,
 * and its content holds only that month's news. A feed reader therefore shows each month once,
 * and a rebuild writes the same bytes. Links are relative to the feed, or absolute from
 * {@code base-url:} in site.yaml.
 *
 * <p>Where the units under a unit have more than {@value #LISTED} items in a month, the entry
 * lists the unit's own in full and counts the rest by sub-unit, linked to their own pages: a feed
 * of a municipality's top unit stays readable (and small enough for Outlook to fetch).
 */
public final class UnitFeeds implements PageType {

    /** How many months a feed has an entry for. */
    static final int PERIODS = 12;

    /** How many items of sub-units an entry lists in full before it counts them by sub-unit instead. */
    static final int LISTED = 100;

    @Override
    public List<Job> jobs(PageContext ctx) {
        News news = new News(ctx);
        List<Job> jobs = new ArrayList<>();
        jobs.add(Job.of(Addresses.SITE_FEED, out -> out.file(Addresses.SITE_FEED, AtomWriter.write(feed(ctx, news, Subtree.site(ctx.project().organisation()))))));
        for (Unit u : ctx.project().organisation().all()) {
            Subtree tree = Subtree.of(u);
            if (tree.hasScorecard(ctx.project())) {
                jobs.add(Job.of(Addresses.feed(u.id()), out -> out.file(Addresses.feed(u.id()), AtomWriter.write(feed(ctx, news, tree)))));
            }
        }
        return jobs;
    }

    /** Each unit's news of each month, made once for all the feeds that tell it (a unit's own, and those of every unit above it). */
    private static final class News {
        private final PageContext ctx;
        private final Map<String, UnitNews> made = new ConcurrentHashMap<>();

        News(PageContext ctx) {
            this.ctx = ctx;
        }

        /** The unit's news in {@code month}; null when it has no scorecard. */
        UnitNews of(Unit unit, YearMonth month) {
            Scorecard card = ctx.project().scorecards().get(unit.id());
            if (card == null) {
                return null;
            }
            return made.computeIfAbsent(unit.id() + "@" + month, k -> UnitNews.of(ctx.engine(), card, month, ctx.months().get(0)));
        }

        /** The news of every unit of {@code tree} in {@code month} that has a scorecard, in tree order. */
        List<UnitNews> of(Subtree tree, YearMonth month) {
            List<UnitNews> list = new ArrayList<>();
            for (Unit u : tree.units()) {
                UnitNews n = of(u, month);
                if (n != null) {
                    list.add(n);
                }
            }
            return list;
        }
    }

    static FeedText feed(PageContext ctx, News news, Subtree tree) {
        Labels labels = ctx.labels();
        String site = ctx.project().site().title();
        String path = tree.top() == null ? Addresses.SITE_FEED : Addresses.feed(tree.id());
        Links links = new Links(path, ctx.project().site().baseUrl());
        String name = tree.top() == null ? site : tree.top().name();
        List<FeedText.Entry> entries = new ArrayList<>();
        List<YearMonth> months = ctx.months();
        for (int i = months.size() - 1; i >= Math.max(0, months.size() - PERIODS); i--) {
            entries.add(entry(ctx, news, tree, months.get(i), links, name));
        }
        String title = tree.top() == null ? labels.format("feed.site.title", site) : labels.format("feed.title", name);
        String alternate = tree.top() == null || !ctx.project().scorecards().containsKey(tree.id())
                ? (Subtree.hasReports(ctx.project(), tree.top()) ? Addresses.changes(tree.id()) : Addresses.ENTRY)
                : Addresses.scorecard(tree.id());
        return new FeedText(id(site, tree.id(), null), title, ctx.project().site().language().tag(), site, links.to(path),
                links.to(alternate), entries);
    }

    /** A permanent id from the site's title, the unit (none for the site) and the month (none for the feed itself). */
    static String id(String site, String unit, YearMonth month) {
        String name = "scorebake feed\n" + site + "\n" + (unit == null ? "" : unit) + "\n" + (month == null ? "" : month.toString());
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static FeedText.Entry entry(PageContext ctx, News news, Subtree tree, YearMonth month, Links links, String name) {
        Labels labels = ctx.labels();
        List<UnitNews> all = news.of(tree, month);
        UnitNews total = UnitNews.sum(all);
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        UnitNews own = tree.top() == null ? null : news.of(tree.top(), month);
        int below = total.size() - (own == null ? 0 : own.size());
        boolean grouped = all.size() > 1;
        if (below <= LISTED) {
            for (UnitNews n : all) {
                section(ctx, body, n, links, grouped);
            }
        } else {
            if (own != null) {
                section(ctx, body, own, links, true);
            }
            body.appendElement("p").text(labels.get("feed.more"));
            Element list = body.appendElement("ul");
            for (Unit child : tree.children()) {
                UnitNews sum = UnitNews.sum(news.of(Subtree.of(child), month));
                if (sum.size() > 0) {
                    Element item = list.appendElement("li");
                    item.appendElement("a").attr("href", links.to(unitPage(ctx, child, month))).text(child.name());
                    item.appendText(": " + counts(labels, sum));
                }
            }
        }
        String counts = counts(labels, total);
        String link = tree.top() != null && ctx.project().scorecards().containsKey(tree.id())
                ? Addresses.scorecard(tree.id(), month) : Addresses.ENTRY;
        return new FeedText.Entry(id(ctx.project().site().title(), tree.id(), month),
                labels.format("feed.entry.title", name, ctx.format().month(month), counts.isEmpty() ? labels.get("feed.entry.none") : counts),
                month.atEndOfMonth(), links.to(link), body.html());
    }

    /** Where a sub-unit's count line links: its scorecard of the month, else its own feed. */
    private static String unitPage(PageContext ctx, Unit unit, YearMonth month) {
        return ctx.project().scorecards().containsKey(unit.id()) ? Addresses.scorecard(unit.id(), month) : Addresses.feed(unit.id());
    }

    /** One unit's news as a list, under the unit's name when the entry has several units. */
    private static void section(PageContext ctx, Element body, UnitNews n, Links links, boolean grouped) {
        if (n.size() == 0) {
            return;
        }
        Labels labels = ctx.labels();
        if (grouped) {
            Unit unit = ctx.project().organisation().unit(n.unit());
            body.appendElement("h3").appendElement("a").attr("href", links.to(Addresses.scorecard(n.unit(), n.month()))).text(unit.name());
        }
        Element list = body.appendElement("ul");
        Set<KpiKey> told = new HashSet<>();
        for (Change c : n.changes()) {
            KpiStatus s = c.now();
            String now = labels.get("status." + s.status().key()) + (s.missing() ? " (" + labels.get("scorecard.missing") + ")" : "");
            String what = s.performance() == null ? labels.format("feed.item.change.plain", labels.get("status." + c.before().key()), now)
                    : labels.format("feed.item.change", labels.get("status." + c.before().key()), now, ctx.format().percent(s.performance()));
            if (n.unexplained().contains(s)) {
                what += " – " + labels.get("feed.item.unexplained.short");
                told.add(s.key());
            }
            item(list, links, s, "", what);
        }
        for (KpiStatus s : n.unexplained()) {
            if (!told.contains(s.key())) {
                item(list, links, s, "", labels.format("feed.item.unexplained", ctx.format().percent(s.performance())));
            }
        }
        for (KpiStatus s : n.noted()) {
            item(list, links, s, "#notes", labels.get("feed.item.note"));
        }
    }

    private static void item(Element list, Links links, KpiStatus s, String anchor, String what) {
        Element li = list.appendElement("li");
        li.appendElement("a").attr("href", links.to(Addresses.kpi(s.key())) + anchor).text(s.kpi().name());
        li.appendText(": " + what);
    }

    /** "2 nye røde, 1 tilbake til grønn, 1 rød uten forklaring, 1 nytt notat": the non-zero counts; empty when there is no news. */
    static String counts(Labels labels, UnitNews n) {
        List<String> parts = new ArrayList<>();
        String changes = ChangesReport.counts(labels, n.changes());
        if (!changes.isEmpty()) {
            parts.add(changes);
        }
        if (!n.unexplained().isEmpty()) {
            parts.add(labels.format("feed.count.unexplained", n.unexplained().size()));
        }
        if (n.notes() > 0) {
            parts.add(labels.format("feed.count.notes", n.notes()));
        }
        return String.join(", ", parts);
    }

    /** Links from the feed at site-relative {@code feed}: relative to it, or absolute from the site's {@code base-url}. */
    private record Links(String feed, String base) {
        String to(String sitePath) {
            return base == null ? Addresses.link(feed, sitePath) : base + sitePath;
        }
    }
}
