package org.gongkai.serve;

import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.gongkai.problem.IoReason;
import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Text;

/**
 * Serves the preview folder over HTTP ({@code com.sun.net.httpserver}): files with their content type, folders
 * as their {@code index.html}, the site's {@code 404.html} for unknown paths, the reload event stream and the
 * current build number. HTML gets the reload script and, while a rebuild has errors, the problems overlay. Nothing
 * outside the folder is served: no {@code ..}, no encoded slashes, no symbolic links that lead out.
 */
final class PreviewServer implements Closeable {

    /** How many ports from the requested one are tried before giving up. */
    static final int PORTS_TO_TRY = 20;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

    /** What the pages show now: the build number, the errors of the last rebuild, the site's base_url, in which language. */
    record Shown(long generation, List<Problem> problems, Optional<String> baseUrl, Language language) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final Supplier<Shown> shown;
    private final ReloadChannel reload;
    /** For the nonce that lets each answer's reload script past the page's Content-Security-Policy. */
    private final SecureRandom random = new SecureRandom();

    private PreviewServer(HttpServer server, Path root, Supplier<Shown> shown, ReloadChannel reload) {
        this.server = server;
        this.root = root.toAbsolutePath().normalize();
        this.shown = shown;
        this.reload = reload;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "gongkai-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Listens on {@code port}, or on the next free one of {@link #PORTS_TO_TRY}.
     *
     * @throws PreviewException when no port is free or the address is not this computer's
     */
    static PreviewServer start(InetAddress bind, int port, Path root, Supplier<Shown> shown, ReloadChannel reload) {
        BindException last = null;
        int tries = port == 0 ? 1 : Math.min(PORTS_TO_TRY, 65536 - port);
        for (int i = 0; i < tries; i++) {
            try {
                return new PreviewServer(HttpServer.create(new InetSocketAddress(bind, port + i), 64), root, shown, reload);
            } catch (BindException e) {
                last = e;
                if (!canListenOn(bind)) {
                    break;
                }
            } catch (IOException e) {
                throw new PreviewException(Text.of("serve.cannotStart", IoReason.of(e)), Text.of("serve.cannotStart.hint"), e);
            }
        }
        if (!canListenOn(bind)) {
            throw new PreviewException(Text.of("serve.notThisComputer", bind.getHostAddress()),
                    Text.of("serve.notThisComputer.hint"), last);
        }
        throw new PreviewException(tries > 1 ? Text.of("serve.portsTaken", port, tries - 1) : Text.of("serve.portTaken", port),
                Text.of("serve.portTaken.hint"), last);
    }

    private static boolean canListenOn(InetAddress bind) {
        try (ServerSocket probe = new ServerSocket(0, 1, bind)) {
            return probe.isBound();
        } catch (IOException e) {
            return false;
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "405 method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (PreviewMarkup.EVENTS.equals(raw)) {
                reload.open(exchange, shown.get().generation());
                keepOpen = true;
                return;
            }
            if (PreviewMarkup.GENERATION.equals(raw)) {
                // answered at once: tabs that do not hold the event stream ask this (see PreviewMarkup)
                send(exchange, 200, "text/plain; charset=utf-8",
                        Long.toString(shown.get().generation()).getBytes(StandardCharsets.US_ASCII));
                return;
            }
            Optional<Path> target = raw == null || raw.startsWith("/__gongkai/") ? Optional.empty() : RequestPaths.resolve(root, raw);
            if (target.isPresent() && Files.isDirectory(target.get())) {
                if (!raw.endsWith("/")) {
                    // relative links in the pages work from the folder's address only
                    String query = exchange.getRequestURI().getRawQuery();
                    exchange.getResponseHeaders().set("Location", raw + "/" + (query == null ? "" : "?" + query));
                    send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                target = Optional.of(target.get().resolve("index.html"));
            }
            if (target.isPresent() && isServable(target.get())) {
                sendFile(exchange, 200, target.get());
            } else {
                sendNotFound(exchange);
            }
        } catch (IOException e) {
            // the browser went away mid-answer
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    /** A regular file whose real location, symbolic links followed, is inside the real preview folder. */
    private boolean isServable(Path file) {
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private void sendNotFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        if (isServable(page)) {
            sendFile(exchange, 404, page);
        } else {
            send(exchange, 404, ContentTypes.HTML, forBrowser(exchange, PreviewMarkup.fallbackNotFound(shown.get().language()), ContentTypes.HTML));
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        send(exchange, status, type, forBrowser(exchange, body, type));
    }

    /**
     * The preview's additions: absolute links to the published site (base_url) lead back into the preview, and
     * HTML gets the reload script and the problems overlay.
     */
    private byte[] forBrowser(HttpExchange exchange, byte[] body, String type) {
        Shown now = shown.get();
        byte[] result = body;
        if (ContentTypes.isMarkup(type) && now.baseUrl().isPresent()) {
            String text = new String(result, StandardCharsets.UTF_8);
            result = text.replace(now.baseUrl().get(), origin(exchange)).getBytes(StandardCharsets.UTF_8);
        }
        if (ContentTypes.isHtml(type)) {
            String nonce = PreviewMarkup.nonce(random);
            result = PreviewMarkup.inject(result, PreviewMarkup.snippet(now.generation(), now.problems(), now.language(), nonce), nonce);
        }
        return result;
    }

    /** The address the browser used to reach the preview (a phone uses the office network's), or the root path. */
    private static String origin(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return host != null && HOST.matcher(host).matches() ? "http://" + host + "/" : "/";
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        reload.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
