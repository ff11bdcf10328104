package no.scorebake.page;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.scorebake.model.Period;
import no.scorebake.model.Project;
import no.scorebake.status.StatusEngine;
import no.scorebake.text.Format;
import no.scorebake.text.Labels;

/**
 * What every page of one bake shares: the engine, the language, the current period and the
 * navigation. {@link #base} gives the part of a template's model every page has; {@code root}
 * is the relative path from the page to the site's top, which prefixes every link so pages
 * work from {@code file://} and from any sub-folder.
 */
public final class PageContext {

    private final StatusEngine engine;
    private final Labels labels;
    private final Format format;
    private final YearMonth current;
    private final Map<String, String> words;
    private final List<Link> editorial;
    private final List<Link> surveys;

    /** @param editorial the editorial pages for the navigation, with site-relative hrefs */
    public PageContext(StatusEngine engine, YearMonth current, List<Link> editorial) {
        this.engine = engine;
        this.labels = new Labels(engine.project().site().language());
        this.format = new Format(engine.project().site().language());
        this.current = current;
        this.words = labels.all();
        this.editorial = List.copyOf(editorial);
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

    /** The model every page starts from. */
    public Map<String, Object> base(String root, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("root", root);
        m.put("title", title);
        m.put("t", words);
        // For labels with counts: ${labels.format("scorecard.notes", n)} says "1 notat", "3 notater".
        m.put("labels", labels);
        m.put("lang", project().site().language());
        m.put("siteTitle", project().site().title());
        m.put("currentPeriod", format.month(current));
        m.put("editorial", editorial);
        m.put("surveys", surveys);
        m.put("dataAsOf", format.month(current));
        return m;
    }

    /** The relative root for a page at this site-relative path ("810/kpi/x.html" → "../../"). */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    public String periodLabel(Period p) {
        return format.period(p);
    }
}
