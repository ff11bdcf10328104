/**
 * The Markdown under {@code content/}: editorial pages and the notes behind single figures,
 * rendered with JBake's Markdown engine and made safe with jsoup ({@link
 * no.scorebake.content.HtmlSanitizer}). It uses {@code model} for what it reads and reports its
 * problems through {@code load}'s {@code Problems}; it never touches the site's output.
 */
package no.scorebake.content;
