package no.scorebake.page;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.scorebake.content.EditorialPage;
import no.scorebake.model.Period;
import no.scorebake.model.Project;
import no.scorebake.status.StatusEngine;
import no.scorebake.text.Format;
import no.scorebake.text.Labels;

/**
 * What every page of one bake shares: the engine, the language, the current period, every
 * month the site has, and the editorial pages. {@link #frame} gives the part of a page's model
 * that every page has.
 */
public final class PageContext {

    private final StatusEngine engine;
    private final Labels labels;
    private final Format format;
    private final YearMonth current;
    private final List<YearMonth> months;
    private final List<EditorialPage> editorial;
    private final Map<String, String> words;
    private final List<Link> navigation;
    private final List<Link> surveys;

    /**
     * @param months every month the site has, oldest first, up to {@code current}
     * @param editorial the editorial pages and posts of the content folder
     */
    public PageContext(StatusEngine engine, YearMonth current, List<YearMonth> months, List<EditorialPage> editorial) {
        this.engine = engine;
        this.labels = new Labels(engine.project().site().language());
        this.format = new Format(engine.project().site().language());
        this.current = current;
        this.months = List.copyOf(months);
        this.editorial = List.copyOf(editorial);
        this.words = labels.all();
        this.navigation = editorial.stream().filter(p -> p.type().equals("page")).map(p -> new Link(p.path(), p.title())).toList();
        this.surveys = engine.project().surveys().stream().map(s -> new Link(s.pagePath(), s.name())).toList();
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
        String month = format.month(current);
        return new Frame(rootOf(path), title, words, labels, project().site().language().tag(), project().site().title(), month,
                navigation, surveys, month, List.of());
    }

    /** The relative root for a page at this site-relative path ("810/kpi/x.html" → "../../"). */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * The shortest relative link from the page at site-relative {@code from} to the file at
     * site-relative {@code to} ("810/2005-06/index.html" to "810/kpi/x.html" → "../kpi/x.html"):
     * a page repeated thousands of times links to its own unit's pages without climbing to the
     * root and back.
     */
    public static String link(String from, String to) {
        int common = commonFolder(from, to).length();
        return rootOf(from.substring(common)) + to.substring(common);
    }

    /**
     * The folder both site-relative paths lie in, ending in {@code /} ("810/2005-06/index.html"
     * and "810/kpi/x.html" → "810/"), or empty when they share none.
     */
    static String commonFolder(String a, String b) {
        int common = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                common = i + 1;
            }
        }
        return a.substring(0, common);
    }

    public String periodLabel(Period p) {
        return format.period(p);
    }
}
