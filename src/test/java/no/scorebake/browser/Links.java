package no.scorebake.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Whether the addresses a page links to (as the browser resolved them) lead somewhere: the file
 * or the served page exists, and a #fragment names an element of it. Only the site's own
 * addresses are followed; a link off the site is a broken link too, since the portal must
 * work without the internet.
 */
final class Links {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Document> pages = new HashMap<>();
    private final String base;

    /** Links must stay under this address (the site's folder or the server's root). */
    Links(String base) {
        this.base = base;
    }

    /** The broken ones among these resolved addresses, each with why. */
    List<String> broken(String from, List<String> urls) {
        List<String> broken = new ArrayList<>();
        for (String url : urls) {
            String why = problem(url);
            if (why != null) {
                broken.add(from + " → " + url + ": " + why);
            }
        }
        return broken;
    }

    private String problem(String url) {
        if (!url.startsWith(base)) {
            return "leaves the site";
        }
        int hash = url.indexOf('#');
        String address = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        int query = address.indexOf('?');
        if (query >= 0) {
            address = address.substring(0, query);
        }
        Document d;
        try {
            d = page(address);
        } catch (IOException e) {
            return e.getMessage();
        }
        if (!fragment.isEmpty() && d != null && d.getElementById(java.net.URLDecoder.decode(fragment, StandardCharsets.UTF_8)) == null) {
            return "no element with id \"" + fragment + "\"";
        }
        return null;
    }

    /** The page at an address, parsed when it is HTML (null for other files); fails when there is none. */
    private Document page(String address) throws IOException {
        if (pages.containsKey(address)) {
            return pages.get(address);
        }
        String body;
        if (address.startsWith("file:")) {
            Path file = Path.of(URI.create(address));
            if (!Files.isRegularFile(file)) {
                throw new IOException("no such file");
            }
            body = address.endsWith(".html") ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } else {
            HttpResponse<String> r;
            try {
                r = http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            if (r.statusCode() != 200) {
                throw new IOException("HTTP " + r.statusCode());
            }
            body = address.endsWith(".html") || address.endsWith("/") ? r.body() : null;
        }
        Document d = body == null ? null : Jsoup.parse(body, address);
        pages.put(address, d);
        return d;
    }
}
