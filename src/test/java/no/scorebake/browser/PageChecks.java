package no.scorebake.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import no.scorebake.testkit.StatusSpans;

/**
 * Checks axe cannot make, run in the open page: status never by colour alone, graphics
 * (status marks, sparklines, map boxes and arrows) at 3:1 against what is behind them, every
 * chart with a text alternative and a data table. Each returns the problems it found, one line
 * each; none means the page passed.
 */
final class PageChecks {

    /** Colour and contrast arithmetic of WCAG 2.1, shared by the checks. */
    static final String COLOUR = """
            function rgb(s) {
              var m = /rgba?\\(([^)]+)\\)/.exec(s || '');
              if (!m) { return null; }
              var p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
              return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
            }
            function lum(c) {
              function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
              return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
            }
            function contrast(a, b) {
              var x = lum(a), y = lum(b);
              return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
            }
            function css(c) { return 'rgb(' + c.r + ',' + c.g + ',' + c.b + ')'; }
            function backdrop(el) {
              for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
                var c = rgb(getComputedStyle(e).backgroundColor);
                if (c && c.a > 0.5) { return c; }
              }
              return { r: 255, g: 255, b: 255, a: 1 };
            }
            function shown(el) { return !!(el.getClientRects().length) && getComputedStyle(el).visibility !== 'hidden'; }
            function said(el) {
              var t = '';
              el.childNodes.forEach(function (n) {
                if (n.nodeType === 3) { t += n.textContent; }
                else if (n.nodeType === 1 && n.getAttribute('aria-hidden') !== 'true' && getComputedStyle(n).display !== 'none') { t += said(n); }
              });
              return t;
            }
            function brief(el) { return el.outerHTML.replace(/\\s+/g, ' ').substring(0, 180); }
            """;

    private static final String NOT_BY_COLOUR_ALONE = COLOUR + """
            var words = arguments[0], initiativeWords = arguments[1], statuses = arguments[2], problems = [];
            var all = Object.keys(words).map(function (k) { return words[k]; });
            document.querySelectorAll(statuses).forEach(function (s) {
              var key = (/(?:^|\\s)status-([a-z]+)/.exec(s.className) || [])[1];
              var word = said(s).trim();
              if (!key) { problems.push('a status mark without a status: ' + brief(s)); }
              else if (word.indexOf(words[key]) < 0) { problems.push('status ' + key + ' not said in words ("' + word + '"): ' + brief(s)); }
            });
            document.querySelectorAll('[data-status]').forEach(function (r) {
              if (!r.querySelector('.status-' + r.getAttribute('data-status'))) {
                problems.push('data-status=' + r.getAttribute('data-status') + ' shown without its word: ' + brief(r));
              }
            });
            document.querySelectorAll('[class*="trend-better"], [class*="trend-worse"]').forEach(function (t) {
              if (!said(t).trim()) { problems.push('a trend shown by colour only: ' + brief(t)); }
            });
            document.querySelectorAll('[class*="initiative-"]').forEach(function (i) {
              var key = (/(?:^|\\s)initiative-([a-z-]+)/.exec(i.className) || [])[1];
              if (key && initiativeWords[key] && said(i).indexOf(initiativeWords[key]) < 0) {
                problems.push('initiative ' + key + ' not said in words: ' + brief(i));
              }
            });
            // A drawing's links are the map's boxes, each with its status; a KPI chart's links are its notes, which have none.
            document.querySelectorAll('svg:not(.kpi-chart) a').forEach(function (a) {
              var t = a.textContent;
              if (!all.some(function (w) { return t.indexOf(w) >= 0; })) { problems.push('a map box without its status in words: ' + brief(a)); }
            });
            return problems;
            """;

    private static final String GRAPHICS_CONTRAST = COLOUR + """
            var statuses = arguments[0], problems = [];
            function need(what, fg, bg, el) {
              if (!fg || !bg || fg.a === 0) { return; }
              var c = contrast(fg, bg);
              if (c < 3) { problems.push(what + ' ' + css(fg) + ' on ' + css(bg) + ' is ' + c.toFixed(2) + ':1 (< 3:1): ' + brief(el)); }
            }
            document.querySelectorAll(statuses).forEach(function (s) {
              if (shown(s)) {
                need('status mark', rgb(getComputedStyle(s).color), backdrop(s), s);
                var shape = getComputedStyle(s, '::before').content;
                if (!shape || shape === 'none' || shape === 'normal') { problems.push('a status without its shape: ' + brief(s)); }
              }
            });
            document.querySelectorAll('svg.spark polyline, svg.spark path').forEach(function (l) {
              if (shown(l.ownerSVGElement)) { need('sparkline', rgb(getComputedStyle(l).stroke), backdrop(l.ownerSVGElement), l); }
            });
            document.querySelectorAll('svg.sm-map').forEach(function (map) {
              var bands = Array.prototype.map.call(map.querySelectorAll('.sm-bands rect'), function (r) { return rgb(getComputedStyle(r).fill); });
              var behind = bands.length ? bands : [backdrop(map)];
              map.querySelectorAll('.sm-box').forEach(function (box) {
                behind.forEach(function (b) { need('map box border', rgb(getComputedStyle(box).stroke), b, box); });
                var a = box.closest('a') || box.parentNode;
                a.querySelectorAll('tspan[fill], text[fill]').forEach(function (t) {
                  if (t.getAttribute('fill') !== map.querySelector('text').getAttribute('fill')) {
                    need('status mark in a map box', rgb(getComputedStyle(t).fill), rgb(getComputedStyle(box).fill), t);
                  }
                });
              });
              map.querySelectorAll('.sm-links path, .sm-links line, .sm-links polyline').forEach(function (l) {
                behind.forEach(function (b) { need('cause-effect arrow', rgb(getComputedStyle(l).stroke), b, l); });
              });
              map.querySelectorAll('.sm-bands tspan[fill]').forEach(function (t) {
                behind.forEach(function (b) { need('status mark in a band', rgb(getComputedStyle(t).fill), b, t); });
              });
            });
            return problems;
            """;

    private static final String CHARTS_HAVE_TABLES = COLOUR + """
            var problems = [];
            document.querySelectorAll('figure.chart img, figure.chart svg, img[src*="chart"]').forEach(function (img) {
              var alt = img.tagName.toLowerCase() === 'svg' ? (img.querySelector('desc') || {}).textContent : img.getAttribute('alt');
              if (!(alt || '').trim()) { problems.push('a chart without a text alternative: ' + brief(img)); }
              var section = img.closest('section') || document.body;
              var table = section.querySelector('table');
              if (!table) { problems.push('a chart without a data table: ' + brief(img)); return; }
              if (!table.querySelector('caption') && !table.getAttribute('aria-label')) { problems.push('the chart\\'s table has no caption: ' + brief(table)); }
              if (table.querySelectorAll('tbody tr').length === 0) { problems.push('the chart\\'s table has no rows: ' + brief(table)); }
            });
            document.querySelectorAll('svg[role="img"]').forEach(function (svg) {
              var title = svg.querySelector('title'), desc = svg.querySelector('desc');
              if (!title || !title.textContent.trim() || !desc || !desc.textContent.trim()) { problems.push('a drawing without a title and description: ' + brief(svg)); }
            });
            return problems;
            """;

    /** The focused element's ring: what is drawn, and how it stands out from what is behind it. */
    static final String FOCUS_RING = COLOUR + """
            var el = document.activeElement;
            if (!el || el === document.body) { return null; }
            var s = getComputedStyle(el), name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').trim().substring(0, 40) + '"';
            if (el.closest('svg')) {
              var drawn = Array.prototype.some.call(el.querySelectorAll('*'), function (c) {
                var cs = getComputedStyle(c);
                return cs.stroke && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) >= 2 && /ring|focus/.test(c.getAttribute('class') || '');
              });
              return [name, drawn ? '' : 'no focus ring drawn in the drawing'];
            }
            var width = parseFloat(s.outlineWidth), colour = rgb(s.outlineColor);
            if (s.outlineStyle === 'none' || width < 2) {
              return [name, s.boxShadow && s.boxShadow !== 'none' ? '' : 'no visible focus outline (' + s.outlineStyle + ' ' + s.outlineWidth + ')'];
            }
            var behind = backdrop(el.parentElement || el), c = contrast(colour, behind);
            return [name, c >= 3 ? '' : 'focus outline ' + css(colour) + ' on ' + css(behind) + ' is ' + c.toFixed(2) + ':1 (< 3:1)'];
            """;

    /**
     * Whether the focused element is hidden under a sticky or fixed element (WCAG 2.4.11): what
     * the browser draws at its centre is asked for; a sticky or fixed element there that neither
     * is the focused one nor holds it hides it. Empty when nothing does, else what hides it.
     */
    static final String FOCUS_HIDDEN = COLOUR + """
            var el = document.activeElement;
            if (!el || el === document.body) { return ''; }
            var r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) { return ''; }
            var vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
            var x = Math.min(Math.max(r.left + r.width / 2, 0), vw - 1), y = Math.min(Math.max(r.top + r.height / 2, 0), vh - 1);
            var hit = document.elementFromPoint(x, y);
            if (!hit || hit === el || el.contains(hit) || hit.contains(el)) { return ''; }
            for (var e = hit; e && e.nodeType === 1; e = e.parentElement) {
              var p = getComputedStyle(e).position;
              if ((p === 'sticky' || p === 'fixed') && !e.contains(el)) {
                return 'hidden under the ' + p + ' ' + brief(e) + ' at (' + Math.round(x) + ', ' + Math.round(y) + ')';
              }
            }
            return '';
            """;

    private PageChecks() {
    }

    static List<String> statusNotByColourAlone(Browser b) {
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, String> initiative = new LinkedHashMap<>();
        Properties labels = labels(b.js("return document.documentElement.lang;"));
        for (String key : labels.stringPropertyNames()) {
            if (key.startsWith("status.")) {
                status.put(key.substring(7), labels.getProperty(key));
            } else if (key.matches("initiative\\.[a-z-]+") && !key.equals("initiative.none")) {
                initiative.put(key.substring(11), labels.getProperty(key));
            }
        }
        return b.js(NOT_BY_COLOUR_ALONE, status, initiative, StatusSpans.ANY);
    }

    static List<String> graphicsContrast(Browser b) {
        return b.js(GRAPHICS_CONTRAST, StatusSpans.ANY);
    }

    static List<String> chartsHaveTables(Browser b) {
        return b.js(CHARTS_HAVE_TABLES);
    }

    /** The site's own labels in the page's language, so the words looked for are the ones the site uses. */
    static Properties labels(String lang) {
        Properties p = new Properties();
        String file = "/no/scorebake/labels_" + ("en".equals(lang) ? "en" : "nb") + ".properties";
        try (InputStream in = PageChecks.class.getResourceAsStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

}
