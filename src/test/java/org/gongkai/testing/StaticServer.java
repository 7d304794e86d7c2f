package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A plain web host for a built site, as a bureau's would be: files as they are, folders as their index.html,
 * 404.html for anything else. Nothing added to the pages (unlike the preview).
 */
public final class StaticServer implements AutoCloseable {

    private final HttpServer server;

    private StaticServer(HttpServer server) {
        this.server = server;
    }

    public static StaticServer serve(Path site) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
            server.createContext("/", exchange -> answer(site.toAbsolutePath().normalize(), exchange));
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, task -> {
                Thread thread = new Thread(task, "static-server");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return new StaticServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The site's address, ending in {@code /}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
