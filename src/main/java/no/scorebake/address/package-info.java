/**
 * Where every file of the baked site lies: {@link no.scorebake.address.Addresses} gives each
 * page's and file's path from the site's top (a unit's scorecard, a KPI's page, a month's
 * exports, the reports, the feeds, the scripts and assets) and the relative link from one to
 * another. The page types, the content's editorial pages and, through the frame of every
 * page's model, the templates take their addresses from here, so no address is spelled twice
 * and no page type needs another one to know where that one's pages are. It uses only
 * {@code model}.
 */
package no.scorebake.address;
