package no.scorebake.content;

import java.util.List;

/**
 * A published editorial page from {@code content/} (method, news, help …), read by JBake.
 *
 * @param path       where it goes in the site: {@code pages/<path under content/ without extension>.html},
 *                   e.g. {@code pages/nyheter/2006-04-nye-tall.html}; only {@code [A-Za-z0-9._-]} in each part
 * @param title      the header's {@code title}, plain text (escape it when writing HTML)
 * @param type       the header's {@code type}: {@code page} (also when left out) or {@code post}
 * @param date       the header's {@code date} as written, {@code yyyy-MM-dd}; null when the header has
 *                   none (never the file's modification time)
 * @param html       the body as sanitised HTML ({@link HtmlSanitizer}); relative links are left as
 *                   the author wrote them
 * @param tags       the header's {@code tags}, trimmed, in order, without empty ones and repeats
 * @param sourcePath the file, relative to the project: {@code content/nyheter/2006-04-nye-tall.md}
 */
public record EditorialPage(String path, String title, String type, String date, String html, List<String> tags,
        String sourcePath) {

    public EditorialPage {
        tags = List.copyOf(tags);
    }
}
