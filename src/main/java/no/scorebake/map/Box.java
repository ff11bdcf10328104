package no.scorebake.map;

/**
 * An objective: one box in its band.
 *
 * @param id         the objective's id, as links name it
 * @param name       its name (user text)
 * @param scoreText  its score as printed, e.g. "104,4 %"; empty when there is none
 * @param status     {@code green}, {@code yellow}, {@code red} or {@code grey}; anything else is drawn as grey
 * @param statusWord the status as a word in the site's language, e.g. "grønn"
 * @param href       a relative URL to the objective in the scorecard, e.g. {@code index.html#obj-delivery};
 *                   anything else (a scheme, {@code //host}, a root path) leaves the box unlinked
 */
public record Box(String id, String name, String scoreText, String status, String statusWord, String href) {
}
