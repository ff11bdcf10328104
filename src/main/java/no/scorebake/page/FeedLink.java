package no.scorebake.page;

/**
 * The feed a page offers ({@code <link rel="alternate">} in its head and a link in its footer).
 *
 * @param href the feed's address, relative to the page
 * @param title the feed's title, as feed readers list it
 * @param follow the link's words ("Følg enheten")
 */
public record FeedLink(String href, String title, String follow) {
}
