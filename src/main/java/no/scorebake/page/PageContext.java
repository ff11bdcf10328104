package no.scorebake.page;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.scorebake.address.Addresses;
import no.scorebake.compare.Change;
import no.scorebake.compare.Comparison;
import no.scorebake.compare.StatusChanges;
import no.scorebake.content.EditorialPage;
import no.scorebake.model.KpiKey;
import no.scorebake.model.Period;
import no.scorebake.model.Project;
import no.scorebake.model.Site;
import no.scorebake.status.KpiStatus;
import no.scorebake.status.Score;
import no.scorebake.status.ScorecardStatus;
import no.scorebake.status.StatusEngine;
import no.scorebake.text.Format;
import no.scorebake.text.Labels;

/**
 * What every page of one bake shares: the engine, the language, the current period, every
 * month the site has, and the editorial pages. {@link #frame} gives the part of a page's model
 * that every page has.
 *
 * <p>It also keeps what the current month's pages compute about it: a unit's scorecard, a
 * KPI's status, change and row, a comparison. The scorecard, its period overview, map,
 * hierarchy, initiatives, comparison and ranking pages, the reports and the entry page all show
 * the current month, and computing each of them again for every page was most of what a new
 * month's build did besides the KPI pages. Earlier months are each shown by a page or two only,
 * so they are computed where needed and not kept.
 */
public final class PageContext {

    /** An address with a scheme (site.yaml allows only http and https): linked as it is. */
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private final StatusEngine engine;
    private final Labels labels;
    private final Format format;
    private final YearMonth current;
    private final List<YearMonth> months;
    private final List<EditorialPage> editorial;
    private final Map<String, String> words;
    private final List<Link> navigation;
    private final List<Link> surveys;
    private final Map<String, ScorecardStatus> scorecards = new ConcurrentHashMap<>();
    private final Map<KpiKey, KpiStatus> kpis = new ConcurrentHashMap<>();
    private final Map<KpiKey, Optional<Change>> changes = new ConcurrentHashMap<>();
    private final Map<String, Comparison> comparisons = new ConcurrentHashMap<>();
    /** What the page types make once for the current month ({@link #shared}), by kind, then by key. */
    private final Map<Class<?>, Map<Object, Object>> shared = new ConcurrentHashMap<>();

    /**
     * @param months every month the site has, oldest first, up to {@code current}
     * @param editorial the editorial pages and posts of the content folder
     */
    public PageContext(StatusEngine engine, YearMonth current, List<YearMonth> months, List<EditorialPage> editorial) {
        this.engine = engine;
        this.labels = Labels.of(engine.project().site().language());
        this.format = Format.of(engine.project().site().language());
        this.current = current;
        this.months = List.copyOf(months);
        this.editorial = List.copyOf(editorial);
        this.words = labels.all();
        this.navigation = editorial.stream().filter(p -> p.type().equals("page")).map(p -> new Link(p.path(), p.title())).toList();
        this.surveys = engine.project().surveys().stream().map(s -> new Link(Addresses.survey(s.id()), s.name())).toList();
    }

    public StatusEngine engine() {
        return engine;
    }

    public Project project() {
        return engine.project();
    }

    public Labels labels() {
        return labels;
    }

    public Format format() {
        return format;
    }

    public YearMonth current() {
        return current;
    }

    /** Every month the site has, oldest first, up to the current one. */
    public List<YearMonth> months() {
        return months;
    }

    /** The editorial pages and posts of the content folder. */
    public List<EditorialPage> editorial() {
        return editorial;
    }

    /** The frame of the page at the site-relative {@code path} with this title. */
    public Frame frame(String path, String title) {
        return frame(path, title, null);
    }

    /** The frame of the page at the site-relative {@code path}, linking {@code unit}'s own pages when it is a unit's page (else null). */
    private Frame frame(String path, String title, String unit) {
        String month = format.month(current);
        String root = Addresses.rootOf(path);
        Site site = project().site();
        return new Frame(root, SiteLinks.from(path, unit), title, words, labels, site.language().tag(), site.title(), month,
                navigation, surveys, month, List.of(), site.themeParams(), statement(root, site.accessibilityStatement()), null);
    }

    /** The frame of a page of {@code unit} at the site-relative {@code path}: it links the unit's own pages and its feed. */
    public Frame unitFrame(String path, String title, String unit) {
        return frame(path, title, unit).following(new FeedLink(Addresses.link(path, Addresses.feed(unit)),
                labels.format("feed.title", project().organisation().unit(unit).name()), labels.get("feed.follow")));
    }

    /** The frame of a page about the whole site at the site-relative {@code path}: it links the site's feed. */
    public Frame siteFrame(String path, String title) {
        return frame(path, title).following(new FeedLink(Addresses.link(path, Addresses.SITE_FEED),
                labels.format("feed.site.title", project().site().title()), labels.get("feed.follow.site")));
    }

    /** The accessibility statement's link from a page at {@code root}: an http(s) address as it is, a site path after the root. */
    private static String statement(String root, String address) {
        if (address == null) {
            return null;
        }
        return ABSOLUTE.matcher(address).lookingAt() ? address : root + address;
    }

    /** A unit's scorecard in {@code month}, computed once for the current month. */
    public ScorecardStatus scorecard(String unit, YearMonth month) {
        if (!month.equals(current)) {
            return engine.scorecard(unit, month);
        }
        ScorecardStatus card = scorecards.get(unit);
        if (card == null) {
            card = scorecards.computeIfAbsent(unit, u -> engine.scorecard(u, current));
            for (KpiStatus s : card.kpis()) {
                kpis.putIfAbsent(s.key(), s);
            }
        }
        return card;
    }

    /** A unit's overall score in {@code month}; for the current month, that of its scorecard computed once. */
    public Score score(String unit, YearMonth month) {
        return month.equals(current) ? scorecard(unit, month).score() : engine.score(unit, month);
    }

    /** A KPI's whole status in {@code month}, computed once for the current month (or taken from a scorecard that shows it). */
    public KpiStatus kpi(KpiKey key, YearMonth month) {
        if (!month.equals(current)) {
            return engine.kpi(key, month);
        }
        return once(kpis, key, k -> engine.kpi(k, current));
    }

    /** The changes among {@code keys} in {@code month} since the month before, in their order ({@link StatusChanges#of}). */
    public List<Change> changes(Collection<KpiKey> keys, YearMonth month) {
        if (!month.equals(current)) {
            return StatusChanges.of(engine, keys, month, months.get(0));
        }
        List<Change> list = new ArrayList<>();
        if (!current.isAfter(months.get(0))) {
            return list;
        }
        for (KpiKey key : keys) {
            once(changes, key, k -> Optional.ofNullable(StatusChanges.of(engine, kpi(k, current), current))).ifPresent(list::add);
        }
        return list;
    }

    /** The comparison of a unit's sub-units in {@code month}, made once for the current month (its page and its rankings). */
    public Comparison comparison(String unit, YearMonth month) {
        if (!month.equals(current)) {
            return Comparison.of(engine, unit, month);
        }
        return once(comparisons, unit, u -> Comparison.of(project(), u, current, k -> kpi(k, current)));
    }

    /**
     * What a page type makes of {@code key} for the current month and the pages of other types
     * show too (a KPI's row, a scorecard's content, a unit's tally): made once by {@code make} in
     * a bake and shared. The context holds it without knowing the page types that make it, so
     * none of them depends on another through it.
     */
    <K, V> V shared(Class<V> kind, K key, Function<? super K, ? extends V> make) {
        Map<Object, Object> made = once(shared, kind, k -> new ConcurrentHashMap<>());
        return kind.cast(once(made, key, k -> make.apply(key)));
    }

    public String periodLabel(Period p) {
        return format.period(p);
    }

    /**
     * The value for {@code key}, made once by {@code make}: looked up first without the lock that
     * {@code computeIfAbsent} takes, since nearly every call finds it made.
     */
    private static <K, V> V once(Map<K, V> map, K key, Function<? super K, ? extends V> make) {
        V v = map.get(key);
        return v != null ? v : map.computeIfAbsent(key, make);
    }
}
