package no.scorebake.testkit;

import org.jsoup.nodes.Element;

/**
 * How a test finds a status on a page: the {@code status} macro of parts.ftlh writes it as
 * {@code <span class="status-green">grønn</span>}, with its {@code status-<key>} class only and
 * no class common to the four (a large site writes a status over a million times), so a test
 * selects it by the four classes, as the stylesheet does.
 */
public final class StatusSpans {

    /** Any status, as a CSS selector for jsoup and for the browser; {@code "td " + ANY} for one in a cell. */
    public static final String ANY = ":is(.status-green, .status-yellow, .status-red, .status-grey)";

    private StatusSpans() {
    }

    /** The class a status with this key ({@code green}, {@code yellow}, {@code red}, {@code grey}) has, and only it. */
    public static String className(String key) {
        return "status-" + key;
    }

    /** The key of a status, from its {@code status-<key>} class ({@code "green"} for {@code status-green}). */
    public static String key(Element status) {
        return status.classNames().stream().filter(c -> c.startsWith("status-")).findFirst()
                .orElseThrow(() -> new AssertionError("not a status: " + status.outerHtml()))
                .substring("status-".length());
    }
}
