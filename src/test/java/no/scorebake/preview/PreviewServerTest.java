package no.scorebake.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server over a hand-made site (the files of a folder, read once), with real Jetty on
 * a free loopback port: content types, directories, 404, 405, HEAD, the reload script and status,
 * the error page, and that no request, however encoded, reaches a file outside the site, even
 * through a symbolic link in the folder the site was read from.
 */
class PreviewServerTest {

    static final String SECRET = "TOP-SECRET-7f3a9c";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @TempDir
    Path dir;

    Path site;
    BuildState state;
    Pages pages;
    PreviewServer server;
    URI base;
    boolean symlinks;

    @BeforeEach
    void start() throws IOException {
        site = dir.resolve("site");
        write("index.html", "<!DOCTYPE html><html><head><title>Start</title></head><body><h1>Start</h1></BODY></html>");
        write("style.css", "body { color: #333 }");
        write("search.js", "console.log('søk');");
        write("data/820/2006-04.json", "{\"unit\":\"820\",\"name\":\"Kundeservice æøå\"}");
        write("data/820/2006-04.csv", "\uFEFFkpi;verdi\nuser-faults;131\n");
        write("map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createDirectories(site.resolve("820/kpi"));
        Files.write(site.resolve("820/kpi/user-faults.png"), PNG);
        write("820/index.html", "<html><body><p>Seksjon 820</p></body></html>");
        write("820/kpi/user-faults.html", "<html><body><p>Brukermeldte feil</p></body></html>");
        write("fragment.html", "<p>no body tag</p>");
        write("reports/.gitkeep", "");
        write(".scorebake-site", "marker");
        Files.createDirectories(site.resolve("empty"));
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/index.html"), "<html><body>" + SECRET + "</body></html>");
        Files.writeString(dir.resolve("outside/secret.txt"), SECRET);
        try {
            Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
            Files.createSymbolicLink(site.resolve("leak-relative.txt"), Path.of("../secret.txt"));
            Files.createSymbolicLink(site.resolve("outside"), dir.resolve("outside"));
            Files.createSymbolicLink(site.resolve("alias.css"), Path.of("style.css"));
            symlinks = true;
        } catch (IOException | UnsupportedOperationException e) {
            symlinks = false;
        }
        state = new BuildState();
        state.finished(true, List.of());
        pages = filesOf(site);
        server = PreviewServer.start("127.0.0.1", 0, pages, state);
        base = server.url();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The regular files under {@code folder} (symbolic links are not followed) as a site, by their relative address. */
    static Pages filesOf(Path folder) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return new Pages() {
            @Override
            public byte[] file(String path) {
                return files.get(path);
            }

            @Override
            public boolean folder(String path) {
                return files.keySet().stream().anyMatch(f -> f.startsWith(path + "/"));
            }
        };
    }

    private void write(String relative, String text) throws IOException {
        Path p = site.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void contentTypesWithUtf8ForText() {
        Map<String, String> expected = Map.of(
                "/index.html", "text/html; charset=utf-8",
                "/style.css", "text/css; charset=utf-8",
                "/search.js", "text/javascript; charset=utf-8",
                "/data/820/2006-04.json", "application/json; charset=utf-8",
                "/data/820/2006-04.csv", "text/csv; charset=utf-8",
                "/map.svg", "image/svg+xml; charset=utf-8",
                "/820/kpi/user-faults.png", "image/png");
        for (var e : expected.entrySet()) {
            HttpResponse<String> r = Http.get(base, e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), r.headers().firstValue("Content-Type").orElse(null), e.getKey());
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null), e.getKey());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), e.getKey());
        }
        assertEquals("{\"unit\":\"820\",\"name\":\"Kundeservice æøå\"}", Http.get(base, "/data/820/2006-04.json").body());
        assertArrayEquals(PNG, Http.bytes(base, "/820/kpi/user-faults.png").body(), "binary files byte for byte");
        assertTrue(Http.get(base, "/data/820/2006-04.csv").body().contains("user-faults;131"));
    }

    @Test
    void htmlGetsTheReloadScriptBeforeTheEndOfBodyOtherFilesDoNot() {
        String page = Http.get(base, "/index.html").body();
        assertTrue(page.endsWith("<h1>Start</h1>" + PreviewPages.scriptTag(1) + "</BODY></html>"), page);
        assertEquals(1, count(page, "__scorebake"));
        String fragment = Http.get(base, "/fragment.html").body();
        assertEquals("<p>no body tag</p>" + PreviewPages.scriptTag(1), fragment);
        assertEquals("body { color: #333 }", Http.get(base, "/style.css").body());
        assertFalse(Files.exists(site.resolve("__scorebake")));
        HttpResponse<String> script = Http.get(base, "/__scorebake/reload.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("fetch('/__scorebake/status'"), script.body());
        assertTrue(script.body().contains("location.reload()"), script.body());
        assertTrue(script.body().contains("setTimeout(poll, 300)"), script.body());
        assertEquals(404, Http.get(base, "/__scorebake/other").statusCode());
    }

    @Test
    void statusCountsBuildsAndSaysWhetherTheLastFailed() {
        HttpResponse<String> r = Http.get(base, "/__scorebake/status");
        assertEquals(200, r.statusCode());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("{\"build\":1,\"failed\":false,\"building\":false}", r.body());
        state.started();
        state.finished(false, List.of("model/site.yaml:2:1: bad"));
        assertEquals("{\"build\":2,\"failed\":true,\"building\":false}", Http.get(base, "/__scorebake/status").body());
    }

    @Test
    void directoriesServeTheirIndexAndNeverAListing() {
        HttpResponse<String> root = Http.get(base, "/");
        assertEquals(200, root.statusCode());
        assertTrue(root.body().contains("<h1>Start</h1>"));
        HttpResponse<String> unit = Http.get(base, "/820/");
        assertEquals(200, unit.statusCode());
        assertTrue(unit.body().contains("Seksjon 820"));
        HttpResponse<String> noSlash = Http.get(base, "/820?x=1");
        assertTrue(noSlash.statusCode() == 301 || noSlash.statusCode() == 302, "redirect: " + noSlash.statusCode());
        assertTrue(noSlash.headers().firstValue("Location").orElseThrow().endsWith("/820/?x=1"),
                noSlash.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> listing = Http.get(base, "/empty/");
        assertEquals(404, listing.statusCode());
        HttpResponse<String> kpiFolder = Http.get(base, "/820/kpi/");
        assertEquals(404, kpiFolder.statusCode());
        assertFalse(kpiFolder.body().contains("user-faults"), "no listing: " + kpiFolder.body());
    }

    @Test
    void missingFilesAndHiddenFilesAre404() {
        for (String path : List.of("/nothing.html", "/820/kpi/nothing.html", "/nothing.css", "/no/such/folder/",
                "/.scorebake-site", "/reports/.gitkeep", "/__scorebake")) {
            HttpResponse<String> r = Http.get(base, path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null), path);
        }
        assertFalse(Http.get(base, "/.scorebake-site").body().contains("marker"));
        HttpResponse<String> page = Http.get(base, "/nothing.html");
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains(PreviewPages.scriptTag(1)), "the 404 page reloads after a rebuild too");
    }

    @Test
    void onlyGetAndHeadEverythingElse405WithAllow() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            for (String path : List.of("/index.html", "/nothing.html", "/__scorebake/status")) {
                HttpResponse<String> r = Http.send(base, path, method);
                assertEquals(405, r.statusCode(), method + " " + path);
                assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(null), method + " " + path);
            }
        }
        assertTrue(Files.exists(site.resolve("index.html")), "DELETE deleted nothing");
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() throws IOException {
        HttpResponse<String> head = Http.send(base, "/style.css", "HEAD");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("text/css; charset=utf-8", head.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("20", head.headers().firstValue("Content-Length").orElseThrow());
        Http.Raw raw = Http.raw(server.port(), "HEAD /index.html HTTP/1.1", "127.0.0.1");
        assertEquals(200, raw.status());
        assertTrue(raw.text().endsWith("\r\n\r\n"), "no body after the headers: " + raw.text());
    }

    @Test
    void failedBuildShowsItsProblemsEscapedOnEveryHtmlPageWithStatus500() {
        state.started();
        state.finished(false, List.of("model/site.yaml:2:1: unknown key '<b>junk</b>' in site.yaml", "1 error; nothing was written"));
        for (String path : List.of("/", "/index.html", "/820/", "/820", "/820/kpi/user-faults.html", "/nothing.html")) {
            HttpResponse<String> r = Http.get(base, path);
            assertEquals(500, r.statusCode(), path);
            assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(r.body().contains("<li>model/site.yaml:2:1: unknown key &#39;&lt;b&gt;junk&lt;/b&gt;&#39; in site.yaml</li>"), r.body());
            assertFalse(r.body().contains("<b>junk"), r.body());
            assertTrue(r.body().contains(PreviewPages.scriptTag(2)), "it reloads when fixed: " + r.body());
        }
        assertEquals(200, Http.get(base, "/style.css").statusCode(), "other files still come from the last good build");
        state.started();
        state.finished(true, List.of());
        HttpResponse<String> fixed = Http.get(base, "/820/kpi/user-faults.html");
        assertEquals(200, fixed.statusCode());
        assertTrue(fixed.body().contains("Brukermeldte feil"));
    }

    /** Raw request lines, sent over a socket so that no client normalises them first. */
    static List<String> traversals(Path dir) {
        String abs = dir.resolve("secret.txt").toAbsolutePath().toString().replace('\\', '/');
        List<String> paths = new ArrayList<>(List.of(
                "/../secret.txt", "/../../../../../../../../etc/passwd", "/820/../../secret.txt", "/820/kpi/../../../secret.txt",
                "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/820/%2e%2e/%2e%2e/secret.txt",
                "/..%2fsecret.txt", "/..%2Fsecret.txt", "/820/..%2f..%2fsecret.txt", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/..%5csecret.txt", "/%5c..%5csecret.txt", "/820/..%5c..%5csecret.txt", "/..\\secret.txt", "/820\\..\\..\\secret.txt",
                "//etc/passwd", "///etc/passwd", "/%2fetc%2fpasswd", "/%2Fetc/passwd", "/etc/passwd",
                "/..;/secret.txt", "/820/..;/..;/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/%c0%af..%c0%afsecret.txt",
                "/%252e%252e/secret.txt", "/index.html%00", "/index.html%00.png", "/%00/../secret.txt",
                "/" + abs, "/" + abs.replaceFirst("^/", ""), "//" + abs.replaceFirst("^/", ""), "/file:" + abs, "/C:/Windows/win.ini",
                "/.../secret.txt", "/....//secret.txt",
                "/leak.txt", "/leak-relative.txt", "/outside/secret.txt", "/outside/", "/outside", "/outside/index.html",
                "/820/../outside/secret.txt"));
        List<String> lines = new ArrayList<>();
        for (String p : paths) {
            lines.add("GET " + p + " HTTP/1.1");
        }
        lines.add("GET /index.html\0 HTTP/1.1");
        lines.add("GET ../secret.txt HTTP/1.1");
        lines.add("GET " + abs + " HTTP/1.1");
        lines.add("GET file://" + abs + " HTTP/1.1");
        lines.add("GET http://127.0.0.1/../secret.txt HTTP/1.1");
        lines.add("GET http://127.0.0.1/%2e%2e/secret.txt HTTP/1.1");
        lines.add("GET * HTTP/1.1");
        return lines;
    }

    @Test
    void nothingOutsideTheFolderIsReachableWhateverTheEncoding() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String line : traversals(dir)) {
            Http.Raw r = Http.raw(server.port(), line, "127.0.0.1");
            boolean refused = r.status() == 400 || r.status() == 404;
            if (!refused || r.text().contains(SECRET) || r.text().contains("root:") || r.text().contains("[fonts]")) {
                failures.add(line.replace("\0", "\\0") + " -> " + r.text().lines().findFirst().orElse("(nothing)"));
            }
        }
        assertTrue(failures.isEmpty(), "reached or not refused:\n" + String.join("\n", failures));
    }

    @Test
    void onLoopbackOnlyLoopbackHostNamesAreAnswered() throws IOException {
        int port = server.port();
        assertEquals(200, Http.raw(port, "GET /index.html HTTP/1.1", "127.0.0.1:" + port).status());
        assertEquals(200, Http.raw(port, "GET /index.html HTTP/1.1", "localhost:" + port).status());
        assertEquals(200, Http.raw(port, "GET /index.html HTTP/1.1", "[::1]:" + port).status());
        Http.Raw rebinding = Http.raw(port, "GET /index.html HTTP/1.1", "attacker.example:" + port);
        assertEquals(403, rebinding.status());
        assertFalse(rebinding.text().contains("<h1>Start</h1>"));
    }

    @Test
    void bindsToLoopbackByDefault() throws IOException {
        try (PreviewServer s = PreviewServer.start(PreviewServer.DEFAULT_HOST, 0, pages, state)) {
            assertEquals("127.0.0.1", PreviewServer.DEFAULT_HOST);
            assertEquals("127.0.0.1", s.host(), "the connector's host");
            InetSocketAddress bound = s.boundAddress();
            assertTrue(bound.getAddress().isLoopbackAddress(), "bound to " + bound);
            assertEquals(s.port(), bound.getPort());
            assertEquals(URI.create("http://127.0.0.1:" + s.port() + "/"), s.url());
            assertEquals(200, Http.get(s.url(), "/index.html").statusCode());
            InetAddress other = nonLoopbackAddress();
            assumeTrue(other != null, "this machine has no other address to try");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(other, s.port()), 2_000);
                throw new AssertionError("the preview answered on " + other);
            } catch (ConnectException expected) {
                // refused: nothing listens there
            }
        }
    }

    @Test
    void aPortInUseIsABindException() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            java.net.BindException e = org.junit.jupiter.api.Assertions.assertThrows(java.net.BindException.class,
                    () -> PreviewServer.start("127.0.0.1", taken.getLocalPort(), pages, state));
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    static InetAddress nonLoopbackAddress() throws IOException {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    return a;
                }
            }
        }
        return null;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
