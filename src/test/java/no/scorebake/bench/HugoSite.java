package no.scorebake.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a Hugo site of plain Markdown pages to set beside a scorebake bake: {@code --pages P}
 * pages of about {@code --bytes B} bytes each (front matter included), spread over
 * {@code --sections S} sections (one per scorecard), with a minimal layout
 * ({@code layouts/_default/baseof.html}, {@code single.html}, {@code list.html}) and taxonomies,
 * RSS and the sitemap switched off, so Hugo does about what scorebake does: render pages.
 * Each page has a definition, one table of 36 monthly figures (like a KPI page's history) and
 * paragraphs of comments up to the size asked for.
 * Deterministic by {@code --seed}.
 *
 * <p>{@code --measure SITE} prints the average size of a baked site's HTML pages and of the
 * text on them, in bytes (of every tenth page).
 *
 * <pre>
 * java no.scorebake.bench.HugoSite --measure /tmp/bergen/site
 * java no.scorebake.bench.HugoSite --pages 25000 --bytes 20000 --sections 400 --out /tmp/hugo
 * hugo --quiet --source /tmp/hugo
 * </pre>
 */
public final class HugoSite {

    private HugoSite() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--measure")) {
            long[] m = measure(Path.of(args[1]), 10);
            System.out.println(m[0] + " " + m[1]);
            return;
        }
        int pages = 10_000;
        int bytes = 20_000;
        int sections = 400;
        long seed = 1;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[i + 1]);
                case "--bytes" -> bytes = Integer.parseInt(args[i + 1]);
                case "--sections" -> sections = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null || pages < 1 || sections < 1) {
            System.err.println("usage: HugoSite --out DIR [--pages P] [--bytes B] [--sections S] [--seed S]");
            System.exit(2);
        }
        long total = write(out, pages, bytes, sections, seed);
        System.out.printf(Locale.ROOT, "%d Markdown pages, %d bytes on average, in %d sections, into %s%n", pages, total / pages,
                Math.min(sections, pages), out);
    }

    /** Writes the site; returns the total bytes of the Markdown pages. */
    public static long write(Path out, int pages, int bytes, int sections, long seed) throws IOException {
        Random r = new Random(seed);
        write(out.resolve("hugo.toml"), """
                baseURL = "http://example.org/"
                languageCode = "nb"
                title = "Bergen kommune (Hugo)"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
                relativeURLs = true
                [markup.goldmark.renderer]
                  unsafe = false
                """);
        write(out.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="nb">
                <head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title>
                <link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
                <body>
                <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer>{{ .Date.Format "2006-01-02" }}</footer>
                </body>
                </html>
                """);
        write(out.resolve("layouts/_default/single.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <p class="description">{{ .Params.description }}</p>
                {{ .Content }}
                {{ with .Parent }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}
                {{ end }}
                """);
        write(out.resolve("layouts/_default/list.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ .Content }}
                <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
                {{ end }}
                """);
        write(out.resolve("static/style.css"), "body { font-family: sans-serif; }\n");
        long total = 0;
        int s = Math.min(sections, pages);
        for (int i = 0; i < s; i++) {
            write(out.resolve("content/unit-" + i + "/_index.md"), "---\ntitle: \"Enhet " + i + "\"\n---\n");
        }
        for (int i = 0; i < pages; i++) {
            String text = page(i, bytes, r);
            total += text.getBytes(StandardCharsets.UTF_8).length;
            write(out.resolve("content/unit-" + (i % s) + "/page-" + i + ".md"), text);
        }
        return total;
    }

    private static String page(int i, int bytes, Random r) {
        StringBuilder b = new StringBuilder();
        b.append("---\n");
        b.append("title: \"Styringsparameter ").append(i).append("\"\n");
        b.append("date: 2025-12-").append(String.format(Locale.ROOT, "%02d", 1 + i % 28)).append("\n");
        b.append("description: \"Definisjon, mål, oppnådd og historikk for parameter ").append(i).append("\"\n");
        b.append("weight: ").append(i).append('\n');
        b.append("---\n\n");
        b.append("## Definisjon\n\nLegemeldt og egenmeldt sykefravær i prosent av avtalte dagsverk i måneden. Eier: *Enhetsleder*.\n\n");
        // One table of a KPI's history (36 months, as on a KPI page); more rows would not be "plain": Hugo 0.111's
        // Markdown tables take over 1 KB of memory per cell, and 26,000 pages of 30 KB of tables do not fit in 24 GB.
        b.append("| Periode | Mål | Oppnådd | Ytelse | Status |\n|---|---:|---:|---:|---|\n");
        for (int row = 0; row < 36 && b.length() < bytes / 2; row++) {
            b.append("| ").append(2023 + row / 12).append('-').append(String.format(Locale.ROOT, "%02d", 1 + row % 12)).append(" | 6.5 | ")
                    .append(String.format(Locale.ROOT, "%.1f", 5 + 3 * r.nextDouble())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f %%", 80 + 40 * r.nextDouble())).append(" | ")
                    .append(r.nextBoolean() ? "grønn" : "rød").append(" |\n");
        }
        b.append("\n## Kommentarer\n\n");
        int sentence = 0;
        while (b.length() < bytes) {
            b.append("Tallet for periode ").append(r.nextInt(1000)).append(" er fulgt opp i ledermøtet, og *arbeidsmiljøutvalget* har fått en orientering. ");
            if (++sentence % 6 == 0) {
                b.append(sentence % 24 == 0 ? "\n\n### Oppfølging\n\n" : "\n\n");
            }
        }
        b.append('\n');
        return b.toString();
    }

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|svg)\\b.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /**
     * The average size in bytes of every {@code every}-th HTML page of a baked site (in path
     * order), and of the text a reader sees on it: tags, scripts, styles and inline SVG left out,
     * entities as one character, runs of white space as one space.
     */
    public static long[] measure(Path site, int every) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        long html = 0;
        long text = 0;
        int n = 0;
        for (int i = 0; i < pages.size(); i += Math.max(1, every)) {
            String page = Files.readString(pages.get(i), StandardCharsets.UTF_8);
            html += page.getBytes(StandardCharsets.UTF_8).length;
            String t = HIDDEN.matcher(page).replaceAll(" ");
            t = TAG.matcher(t).replaceAll(" ");
            t = ENTITY.matcher(t).replaceAll("x");
            t = SPACE.matcher(t).replaceAll(" ").strip();
            text += t.getBytes(StandardCharsets.UTF_8).length;
            n++;
        }
        return n == 0 ? new long[] {0, 0} : new long[] {html / n, text / n};
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
