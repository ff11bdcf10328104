package no.scorebake.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** HTTP over loopback for the preview's tests: java.net.http for ordinary requests, a plain socket for raw request lines. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {
    }

    static HttpResponse<String> get(URI base, String path) {
        return send(base, path, "GET");
    }

    static HttpResponse<String> send(URI base, String path, String method) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .method(method, method.equals("POST") || method.equals("PUT")
                        ? HttpRequest.BodyPublishers.ofString("x=1") : HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static HttpResponse<byte[]> bytes(URI base, String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What came back for a raw request line, exactly as sent (no client normalising the path). */
    record Raw(int status, String text) {
    }

    static Raw raw(int port, String requestLine, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream o = s.getOutputStream();
            o.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            String text = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int status = -1;
            if (text.startsWith("HTTP/1.")) {
                status = Integer.parseInt(text.substring(9, 12));
            }
            return new Raw(status, text);
        }
    }

    /** Polls every 50 ms until the condition holds or the deadline passes; returns whether it held. */
    static boolean await(Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Polls a page until its response satisfies the test; returns the last response seen. */
    static HttpResponse<String> awaitPage(URI base, String path, Duration deadline, Predicate<HttpResponse<String>> test) {
        @SuppressWarnings("unchecked")
        HttpResponse<String>[] last = new HttpResponse[1];
        await(deadline, () -> {
            last[0] = get(base, path);
            return test.test(last[0]);
        });
        return last[0];
    }
}
