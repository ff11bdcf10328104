package no.scorebake.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.scorebake.problem.InputException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the preview's site read-only: GET and HEAD only (anything else 405 with {@code Allow}),
 * a folder's {@code index.html} (never a listing), no hidden files. The raw request path is
 * decoded once here; an encoded separator, backslash, dot, NUL or control character is refused
 * (400), as are {@code .}/{@code ..} and empty segments. What is served comes from {@link Pages}
 * by the site-relative address, never from a file named by the request: nothing outside the site
 * can be reached.
 *
 * <p>Every HTML page gets the reload script. While the last reload has failed, every HTML request
 * is answered with status 500 and a page listing its {@code path:line:col: message} lines
 * (500 so that scripts and curl see the failure too; browsers show the page all the same); so
 * is a page whose template fails while it renders. Other files (CSS, images) are still served
 * from the last good site. A request that arrives while a reload runs waits for it (at most
 * {@link #BUILD_WAIT_MILLIS}), and gets the new pages. Every response says
 * {@code Cache-Control: no-store}.
 *
 * <p>When bound to loopback only, a request must name a loopback host ({@code localhost},
 * {@code 127.x.x.x}, {@code [::1]}) in its Host header, else 403: a web page elsewhere cannot read
 * the preview through DNS rebinding.
 */
final class SiteHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(SiteHandler.class);

    /** How long a request waits for a running reload to finish before it is served from the last site. */
    static final long BUILD_WAIT_MILLIS = 30_000;

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    private final Pages pages;
    private final BuildState state;
    private final boolean loopbackOnly;

    SiteHandler(Pages pages, BuildState state, boolean loopbackOnly) {
        this.pages = pages;
        this.state = state;
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            headers.put(HttpHeader.ALLOW, "GET, HEAD");
            // The request's body is not read, so the connection ends here, and says so: a client
            // that kept it for its next request would find it closed under that request.
            headers.put(HttpHeader.CONNECTION, "close");
            return text(response, callback, 405, "Method not allowed: the preview is read-only (GET, HEAD).", head);
        }
        if (loopbackOnly && !loopbackHost(request.getHeaders().get(HttpHeader.HOST))) {
            return text(response, callback, 403, "Forbidden: this preview answers only to localhost.", head);
        }
        String path = decode(request.getHttpURI().getPath());
        if (path == null) {
            return text(response, callback, 400, "Bad request path.", head);
        }
        if (path.startsWith(PreviewPages.PREFIX)) {
            return own(path, response, callback, head);
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty() && i < segments.length - 1 || s.equals(".") || s.equals("..") || s.indexOf(':') >= 0) {
                return text(response, callback, 400, "Bad request path.", head);
            }
        }
        BuildState.Snapshot snap = state.snapshot();
        if (snap.building() || snap.build() == 0) {
            snap = state.awaitSettled(BUILD_WAIT_MILLIS);
        }
        String last = segments[segments.length - 1];
        boolean htmlRequest = last.isEmpty() || last.indexOf('.') < 0 || ContentTypes.isHtml(last);
        if (snap.failed() && htmlRequest) {
            return html(response, callback, 500, PreviewPages.failed(snap.errors(), snap.build()), head);
        }
        for (String s : segments) {
            if (s.startsWith(".")) {
                return notFound(path, snap, response, callback, head);
            }
        }
        String file = path.substring(1);
        boolean folder = file.isEmpty() || file.endsWith("/");
        if (folder) {
            file += "index.html";
        }
        byte[] bytes;
        try {
            bytes = pages.file(file);
        } catch (InputException e) {
            return html(response, callback, 500, PreviewPages.failed(e.lines(), snap.build()), head);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.debug("cannot render {}", file, e);
            return html(response, callback, 500, PreviewPages.failed(List.of("scorebake: cannot render " + file + ": " + e
                    + (e instanceof IOException ? "" : " — this is a bug; please report it")), snap.build()), head);
        }
        if (bytes == null && !folder && pages.folder(file)) {
            String query = request.getHttpURI().getQuery();
            Response.sendRedirect(request, response, callback, request.getHttpURI().getPath() + "/" + (query == null ? "" : "?" + query));
            return true;
        }
        if (bytes == null) {
            return notFound(path, snap, response, callback, head);
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (ContentTypes.isHtml(name)) {
            return html(response, callback, 200, PreviewPages.inject(new String(bytes, StandardCharsets.UTF_8), snap.build()), head);
        }
        return send(response, callback, 200, ContentTypes.of(name), bytes, head);
    }

    private boolean own(String path, Response response, Callback callback, boolean head) {
        if (path.equals(PreviewPages.STATUS)) {
            return send(response, callback, 200, ContentTypes.of("status.json"),
                    state.snapshot().json().getBytes(StandardCharsets.UTF_8), head);
        }
        if (path.equals(PreviewPages.SCRIPT)) {
            return send(response, callback, 200, ContentTypes.of("reload.js"),
                    PreviewPages.RELOAD_JS.getBytes(StandardCharsets.UTF_8), head);
        }
        return text(response, callback, 404, "Not found.", head);
    }

    private boolean notFound(String path, BuildState.Snapshot snap, Response response, Callback callback, boolean head) {
        return html(response, callback, 404, PreviewPages.notFound(path, snap.build()), head);
    }

    private static boolean html(Response response, Callback callback, int status, String page, boolean head) {
        return send(response, callback, status, ContentTypes.HTML, page.getBytes(StandardCharsets.UTF_8), head);
    }

    private static boolean text(Response response, Callback callback, int status, String message, boolean head) {
        return send(response, callback, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static boolean send(Response response, Callback callback, int status, String type, byte[] body, boolean head) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
        return true;
    }

    /**
     * Percent-decodes a raw request path as UTF-8; null when it does not start with a slash, is
     * malformed, or holds anything a baked file's address never needs: an encoded slash,
     * backslash or dot, a backslash, NUL or other control character.
     */
    static String decode(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/') {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                int b = hi * 16 + lo;
                if (b < 0x20 || b == 0x7f || b == '/' || b == '\\' || b == '.') {
                    return null;
                }
                bytes.write(b);
                i += 2;
            } else if (c < 0x20 || c == 0x7f || c == '\\') {
                return null;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return chars.toString();
        } catch (CharacterCodingException e) {
            LOG.debug("not UTF-8", e);
            return null;
        }
    }

    /** Whether a Host header names this machine's loopback (a literal or localhost; no name is looked up). */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return true; // HTTP/1.0 without Host: not a browser, so no rebinding
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 && h.substring(1, end).equals("::1");
        }
        int colon = h.lastIndexOf(':');
        if (colon >= 0) {
            h = h.substring(0, colon);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.equals("localhost") || LOOPBACK_V4.matcher(h).matches();
    }
}
