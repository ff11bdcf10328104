/**
 * Atom 1.0 feeds (RFC 4287) to follow a unit: what a feed holds ({@link no.scorebake.feed.FeedText})
 * and how it is written ({@link no.scorebake.feed.AtomWriter}, with ROME). What goes into a feed is
 * the page types' business ({@code no.scorebake.page.UnitFeeds}).
 */
package no.scorebake.feed;
