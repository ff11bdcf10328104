package no.scorebake.page;

import java.util.List;
import java.util.Map;
import no.scorebake.bake.incremental.CanonicalText;
import no.scorebake.text.Labels;

/**
 * What the frame of every page reads ({@code layout.ftlh}): header, navigation and footer.
 *
 * @param root        the relative path from the page to the site's top ({@code ""}, {@code "../"}),
 *                    which prefixes every link so pages work from {@code file://} and any sub-folder
 * @param to          the site's own pages linked from the page ({@code ${to.home}}, {@code ${to.unit.map}}),
 *                    so that a template names the page it links rather than spelling its path
 * @param title       the page's title, before the site's
 * @param t           every label of the site's language by key ({@code ${t["status.green"]}})
 * @param labels      the same labels, for those that count something and agree with the count
 *                    ({@code ${labels.format("scorecard.notes", n)}}: "1 notat", "3 notater")
 * @param lang        the language tag of the {@code html} element
 * @param currentPeriod the current period in words; not for a month's scorecard or comparison, nor a KPI's page,
 *                    which are kept as they are when later months arrive
 * @param editorial   the editorial pages for the navigation, site-relative
 * @param surveys     the survey pages, site-relative
 * @param dataAsOf    the month whose figures the page shows, for the footer
 * @param scripts     the scripts the page loads, site-relative
 * @param themeParams the theme's own settings from {@code theme-params:} of site.yaml, by key
 *                    ({@code ${themeParams.phone}}); empty when site.yaml has none
 * @param accessibilityStatement the link to the site's accessibility statement from site.yaml, relative
 *                    to the page or an http(s) address; absent when site.yaml names none
 * @param feed        the Atom feed that follows the page's unit (or the whole site), linked from the page; null when none
 */
public record Frame(String root, SiteLinks to, String title, Map<String, String> t, Labels labels, String lang, String siteTitle, String currentPeriod,
                    List<Link> editorial, List<Link> surveys, String dataAsOf, List<String> scripts,
                    Map<String, String> themeParams, String accessibilityStatement, FeedLink feed) {

    /** The same frame for a page that shows the figures of {@code month} (in words). */
    public Frame showing(String month) {
        return new Frame(root, to, title, t, labels, lang, siteTitle, currentPeriod, editorial, surveys, month, scripts,
                themeParams, accessibilityStatement, feed);
    }

    /**
     * The same frame for a page whose unit (or site) {@code feed} follows: the page names it in
     * its head for browsers and feed readers, and offers it to the reader with a word on how
     * to add it.
     */
    public Frame following(FeedLink feed) {
        return new Frame(root, to, title, t, labels, lang, siteTitle, currentPeriod, editorial, surveys, dataAsOf, scripts,
                themeParams, accessibilityStatement, feed);
    }

    /**
     * Appends the frame as text for a page's key ({@link Output#keep(String, String, String)}):
     * every component but the labels ({@code t}, {@code labels}), which the site's language and
     * scorebake itself fix, both in the undated inputs every key covers; and but
     * {@code currentPeriod}, which a page that is kept while its figures stay must not show
     * (as a month's page must not).
     */
    void keyText(StringBuilder text) {
        CanonicalText.append(text, new Frame(root, to, title, null, null, lang, siteTitle, null, editorial, surveys, dataAsOf, scripts,
                themeParams, accessibilityStatement, feed));
    }

    /** The same frame for a page that loads {@code paths}. */
    public Frame loading(List<String> paths) {
        return new Frame(root, to, title, t, labels, lang, siteTitle, currentPeriod, editorial, surveys, dataAsOf, List.copyOf(paths),
                themeParams, accessibilityStatement, feed);
    }
}
