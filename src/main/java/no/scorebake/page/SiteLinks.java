package no.scorebake.page;

import no.scorebake.address.Addresses;

/**
 * The site's own pages as a template links them from one page ({@code ${to.home}}), each the
 * relative link from that page, made from {@link Addresses}: a template names the page it
 * links, never its path, so a theme cannot link a page where the site does not have it.
 *
 * @param home       the entry page
 * @param search     the search page
 * @param deviations the site's report of deviations
 * @param missing    the site's report of missing figures
 * @param changes    the site's report of changes
 * @param assets     the theme's assets folder, ending in {@code /}; {@code ${to.asset("style.css")}} links a file in it
 * @param unit       the pages of the page's unit, on a page of one unit; else null
 */
public record SiteLinks(String home, String search, String deviations, String missing, String changes, String assets,
                        UnitLinks unit) {

    /** The links from the page at the site-relative {@code path}, with those of {@code unit}'s pages when it is a unit's page (else null). */
    static SiteLinks from(String path, String unit) {
        // Through the root, not the shortest link: the frame's links are the same on every page of a folder's depth.
        String root = Addresses.rootOf(path);
        return new SiteLinks(root + Addresses.ENTRY, root + Addresses.SEARCH, root + Addresses.DEVIATIONS, root + Addresses.MISSING,
                root + Addresses.CHANGES, root + Addresses.asset(""), unit == null ? null : UnitLinks.from(path, unit));
    }

    /** The theme's asset {@code name} ({@code style.css}, a theme's own logo) from the page. */
    public String asset(String name) {
        return assets + name;
    }

    /**
     * A unit's own pages from one page of it ({@code ${to.unit.map}}).
     *
     * @param scorecard   the unit's scorecard of the current month
     * @param periods     the unit's overview of every month
     * @param map         the unit's strategy map
     * @param hierarchy   the unit's hierarchy view
     * @param initiatives the unit's initiatives
     */
    public record UnitLinks(String scorecard, String periods, String map, String hierarchy, String initiatives) {

        static UnitLinks from(String path, String unit) {
            return new UnitLinks(Addresses.link(path, Addresses.scorecard(unit)), Addresses.link(path, Addresses.periods(unit)),
                    Addresses.link(path, Addresses.map(unit)), Addresses.link(path, Addresses.hierarchy(unit)),
                    Addresses.link(path, Addresses.initiatives(unit)));
        }
    }
}
