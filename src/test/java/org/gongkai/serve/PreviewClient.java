package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Talks to a running preview the way a browser does: pages over HTTP, and the reload event stream. */
final class PreviewClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final int port;

    PreviewClient(Preview preview) {
        this.base = preview.url();
        this.port = preview.port();
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }

    Document page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("status of " + path).isEqualTo(200);
        return Jsoup.parse(response.body(), base.resolve(path).toString());
    }

    /** Sends a request line exactly as written (HttpClient would tidy up {@code /../}); returns the status code. */
    int rawStatus(String rawPath) {
        try (Socket socket = new Socket(base.getHost(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                statusLine.append((char) c);
            }
            return Integer.parseInt(statusLine.toString().split(" ")[1]);
        } catch (IOException e) {
            throw new AssertionError("raw GET " + rawPath + " failed", e);
        }
    }

    /** Opens the event stream; its lines arrive in the returned queue. */
    EventStream events() {
        try {
            HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(base.resolve(PreviewMarkup.EVENTS)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try {
                    response.body().forEach(lines::add);
                } catch (RuntimeException e) {
                    // the stream ends when the preview stops
                }
            }, "test-event-reader");
            reader.setDaemon(true);
            reader.start();
            return new EventStream(lines);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot open the event stream", e);
        }
    }

    record EventStream(BlockingQueue<String> lines) {

        /** Waits for {@code event: name} and returns its data. */
        String await(String name) {
            long deadline = System.nanoTime() + Rebuilds.TIMEOUT.toNanos();
            boolean found = false;
            try {
                while (System.nanoTime() < deadline) {
                    String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (line == null) {
                        break;
                    }
                    if (line.equals("event: " + name)) {
                        found = true;
                    } else if (found && line.startsWith("data: ")) {
                        return line.substring("data: ".length());
                    }
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            throw new AssertionError("no event " + name + " within " + Rebuilds.TIMEOUT);
        }
    }
}
