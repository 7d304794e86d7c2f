package org.gongkai.serve;

import java.io.Closeable;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.gongkai.build.BuildListener;
import org.gongkai.build.BuildOptions;
import org.gongkai.load.SitePaths;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.Text;
import org.gongkai.publish.Publisher;

/**
 * A running preview: builds the site into a temporary folder, serves it, watches the sources, rebuilds after
 * each batch of changes and tells the open pages to reload. {@link #close()} stops it and removes the folder.
 *
 * <pre>
 * try (Preview preview = Preview.start(PreviewOptions.of(siteRoot), listener)) {
 *     System.out.println(preview.url());
 *     …
 * }
 * </pre>
 */
public final class Preview implements Closeable {

    /** Saves closer together than this are one batch; editors write a file in several steps. */
    static final Duration QUIET = Duration.ofMillis(120);
    private static final Duration PING = Duration.ofSeconds(15);
    /** How long closing waits for a rebuild under way: longer than a full build of a large site. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final PreviewOptions options;
    private final Path temporary;
    private final SiteRebuilder rebuilder;
    private final ReloadChannel reload = new ReloadChannel();
    private final SourceWatcher watcher;
    private final PreviewListener listener;
    private final ScheduledExecutorService pings;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Held while a rebuild writes into the temporary folder, so that closing never deletes it under a build. */
    private final ReentrantLock building = new ReentrantLock();
    private volatile PreviewServer.Shown shown;
    private PreviewServer server;

    private Preview(PreviewOptions options, PreviewListener listener, SitePaths paths, Path temporary, Duration quiet,
                    BuildListener builds) {
        this.options = options;
        this.listener = listener;
        this.temporary = temporary;
        this.rebuilder = new SiteRebuilder(
                new BuildOptions(options.source(), temporary.resolve("site"), options.drafts(), "", false), builds);
        // watch before the first build, so that an edit made while it runs is not missed
        this.watcher = new SourceWatcher(paths.root(), quiet, batch -> rebuild(ChangeSet.classify(paths, batch)));
        this.pings = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gongkai-reload-ping");
            thread.setDaemon(true);
            return thread;
        });
        this.shown = new PreviewServer.Shown(0, List.of(), Optional.empty(), options.language());
    }

    /**
     * Builds the site, starts serving and watching. A first build with errors still starts: the pages show them.
     *
     * @throws PreviewException when there is no site at the source, or no port to listen on
     */
    public static Preview start(PreviewOptions options, PreviewListener listener) {
        return start(options, listener, QUIET);
    }

    /** With another quiet time between saves, for tests that must not depend on how busy the machine is. */
    static Preview start(PreviewOptions options, PreviewListener listener, Duration quiet) {
        return start(options, listener, quiet, BuildListener.SILENT);
    }

    /** {@code builds} hears the stages of each build: a test holds one there. */
    static Preview start(PreviewOptions options, PreviewListener listener, Duration quiet, BuildListener builds) {
        SitePaths paths = new SitePaths(options.source());
        if (!Files.isDirectory(paths.content())) {
            throw new PreviewException(Text.of("serve.noSite", paths.root()), Text.of("serve.noSite.hint"), null);
        }
        Path temporary;
        try {
            temporary = Files.createTempDirectory("gongkai-preview-");
        } catch (IOException e) {
            throw new PreviewException(Text.of("serve.noTemporaryFolder", IoReason.of(e)),
                    Text.of("serve.noTemporaryFolder.hint"), e);
        }
        Preview preview = new Preview(options, listener, paths, temporary, quiet, builds);
        try {
            preview.publish(preview.rebuilder.buildAll(List.of()));
            preview.server = PreviewServer.start(options.bind(), options.port(), preview.outputDir(), () -> preview.shown,
                    preview.reload);
        } catch (RuntimeException e) {
            preview.close();
            throw e;
        }
        if (options.port() != 0 && preview.server.port() != options.port()) {
            listener.portTaken(options.port(), preview.server.port());
        }
        preview.watcher.start();
        preview.pings.scheduleAtFixedRate(preview.reload::ping, PING.toSeconds(), PING.toSeconds(), TimeUnit.SECONDS);
        return preview;
    }

    void rebuild(ChangeSet changes) {
        building.lock();
        try {
            if (changes.isEmpty() || closed.get()) {
                return;
            }
            Rebuild rebuild;
            try {
                rebuild = rebuilder.rebuild(changes);
            } catch (RuntimeException e) {
                if (closed.get()) {
                    return;
                }
                rebuild = rebuilder.internalFailure(e, changes.files());
            }
            publish(rebuild);
        } finally {
            building.unlock();
        }
    }

    /** Shows the outcome: new build number and problems for the pages, a reload for the open ones, the console. */
    private void publish(Rebuild rebuild) {
        shown = new PreviewServer.Shown(shown.generation() + 1, rebuilder.problems(), rebuilder.baseUrl(), options.language());
        reload.reload(shown.generation());
        listener.rebuilt(rebuild);
    }

    /** The address to open on this computer. */
    public URI url() {
        InetAddress bind = options.bind();
        String host = bind.isAnyLocalAddress() ? "127.0.0.1" : hostOf(bind);
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Whether others on the network can open the preview (not bound to loopback). */
    public boolean reachableFromNetwork() {
        return !options.bind().isLoopbackAddress();
    }

    /** The addresses a phone on the office network can open, when the preview listens on all of them. */
    public List<URI> networkUrls() {
        if (!options.bind().isAnyLocalAddress()) {
            return reachableFromNetwork() ? List.of(url()) : List.of();
        }
        List<URI> urls = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (!(address instanceof Inet6Address) && !address.isLoopbackAddress()) {
                        urls.add(URI.create("http://" + address.getHostAddress() + ":" + port() + "/"));
                    }
                }
            }
        } catch (SocketException e) {
            // the addresses are a convenience; the preview works without them
        }
        return urls;
    }

    private static String hostOf(InetAddress address) {
        String host = address.getHostAddress();
        int zone = host.indexOf('%');
        host = zone < 0 ? host : host.substring(0, zone);
        return address instanceof Inet6Address ? "[" + host + "]" : host;
    }

    public int port() {
        return server.port();
    }

    /** The temporary folder the preview is built into and served from. */
    public Path outputDir() {
        return temporary.resolve("site");
    }

    int listenerCount() {
        return reload.listenerCount();
    }

    /** Whether {@code closer}, in {@link #close()}, waits for the rebuild under way: for a test that holds one. */
    boolean closeWaitsForRebuild(Thread closer) {
        return building.hasQueuedThread(closer);
    }

    /** Stops serving and watching, and removes the temporary folder. Safe to call more than once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        pings.shutdownNow();
        if (server != null) {
            server.close();
        }
        reload.close();
        watcher.close();
        // a rebuild already under way (Ctrl-C during a full build) finishes first: deleting the folder under it
        // failed, or the build wrote it anew, and a copy of the whole site was left in the temporary folder
        boolean waited = false;
        try {
            waited = building.tryLock(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            deleteTree(temporary);
        } finally {
            if (waited) {
                building.unlock();
            }
        }
    }

    private static void deleteTree(Path root) {
        try {
            Publisher.deleteTree(root);
        } catch (IOException e) {
            // the system cleans its temporary folder; a leftover preview is harmless
        }
    }
}
