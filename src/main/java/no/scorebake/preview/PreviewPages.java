package no.scorebake.preview;

import java.util.List;

/**
 * The preview's own pages and script: the reload script every served HTML page gets, the page
 * shown instead of the site while the model has errors, and the not-found page. None of this
 * is ever written into a build's output.
 */
final class PreviewPages {

    /** Where the preview's own resources live; no baked file is ever served from here. */
    static final String PREFIX = "/__scorebake/";
    static final String STATUS = PREFIX + "status";
    static final String SCRIPT = PREFIX + "reload.js";

    /**
     * Polls the status every 300 ms and reloads the page when the build counter differs from the
     * one the page was served with; while the server is down it keeps trying once a second.
     */
    static final String RELOAD_JS = """
            // scorebake serve: reloads this page when a new build has finished (preview only, never in build output).
            (function () {
              var me = document.currentScript;
              var seen = me ? me.getAttribute('data-build') : null;
              function poll() {
                fetch('%s', {cache: 'no-store'})
                  .then(function (r) { return r.json(); })
                  .then(function (s) {
                    if (seen !== null && String(s.build) !== seen) { location.reload(); return; }
                    seen = String(s.build);
                    setTimeout(poll, 300);
                  }, function () { setTimeout(poll, 1000); });
              }
              setTimeout(poll, 300);
            })();
            """.formatted(STATUS);

    private PreviewPages() {
    }

    /** The tag injected into every served HTML page. */
    static String scriptTag(long build) {
        return "<script src=\"" + SCRIPT + "\" data-build=\"" + build + "\"></script>";
    }

    /** Puts the reload script before the last {@code </body>}, or at the end when there is none. */
    static String inject(String html, long build) {
        String tag = scriptTag(build);
        int at = lastIndexOfIgnoreCase(html, "</body>");
        return at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
    }

    private static int lastIndexOfIgnoreCase(String text, String needle) {
        for (int i = text.length() - needle.length(); i >= 0; i--) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** The page every HTML request gets while the last build failed: its problem lines, escaped. */
    static String failed(List<String> lines, long build) {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            b.append("<li>").append(escape(line)).append("</li>\n");
        }
        return page("scorebake: the build failed", "<h1>The build failed</h1>\n"
                + "<p>The preview shows the site again as soon as these are fixed; this page reloads by itself.</p>\n"
                + "<ul class=\"problems\">\n" + b + "</ul>\n", build);
    }

    static String notFound(String path, long build) {
        return page("Not found", "<h1>Not found</h1>\n<p>The preview has no file <code>" + escape(path)
                + "</code>. <a href=\"/\">Start page</a></p>\n", build);
    }

    private static String page(String title, String body, long build) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em}"
                + "h1{color:#b00020}.problems{font-family:ui-monospace,monospace;font-size:14px;padding-left:1.2em}"
                + ".problems li{margin:.3em 0;white-space:pre-wrap;overflow-wrap:anywhere}</style>\n"
                + "</head>\n<body>\n" + body + scriptTag(build) + "\n</body>\n</html>\n";
    }

    static String escape(String s) {
        return no.scorebake.text.Html.escape(s);
    }
}
