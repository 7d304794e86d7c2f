package org.gongkai.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;

/**
 * The open pages, each listening on a server-sent event stream ({@code text/event-stream}). After every rebuild
 * they get {@code event: reload} with the new build number; a page that connects gets {@code event: hello} with
 * the current one. A stream that cannot be written to (the tab was closed) is dropped.
 */
final class ReloadChannel implements Closeable {

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    /** Keeps the exchange open as an event stream; the handler thread returns, the stream stays. */
    void open(HttpExchange exchange, long generation) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Listener listener = new Listener(exchange);
        listeners.add(listener);
        send(listener, "retry: 1000\nevent: hello\ndata: " + generation + "\n\n");
    }

    void reload(long generation) {
        listeners.forEach(l -> send(l, "event: reload\ndata: " + generation + "\n\n"));
    }

    /** A comment line now and then finds streams whose page is gone. */
    void ping() {
        listeners.forEach(l -> send(l, ": ping\n\n"));
    }

    int listenerCount() {
        return listeners.size();
    }

    private void send(Listener listener, String event) {
        if (!listener.send(event)) {
            listeners.remove(listener);
            listener.close();
        }
    }

    @Override
    public void close() {
        listeners.forEach(Listener::close);
        listeners.clear();
    }

    private static final class Listener {
        private final HttpExchange exchange;
        private final OutputStream body;

        Listener(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        synchronized boolean send(String event) {
            try {
                body.write(event.getBytes(StandardCharsets.UTF_8));
                body.flush();
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        void close() {
            exchange.close();
        }
    }
}
