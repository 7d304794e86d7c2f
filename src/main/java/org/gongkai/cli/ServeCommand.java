package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gongkai.problem.Language;
import org.gongkai.problem.Text;
import org.gongkai.serve.Preview;
import org.gongkai.serve.PreviewException;
import org.gongkai.serve.PreviewOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    SourceOption source;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313", descriptionKey = "serve.port")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", descriptionKey = "serve.bind")
    String bind;

    @Option(names = {"-D", "--drafts"}, negatable = true, defaultValue = "true", fallbackValue = "true", descriptionKey = "serve.drafts")
    boolean drafts;

    @Option(names = "--open", descriptionKey = "serve.open")
    boolean open;

    /** How --open reaches the browser; tests replace it. */
    BrowserOpener opener = BrowserOpener.system();

    /** Counted down when the preview is to stop: by Ctrl-C (the shutdown hook), or by a test. */
    final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageError(spec, Text.of("cli.usage.port"));
        }
        InetAddress address = address();
        Language language = Main.language(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path site = source.dir.toAbsolutePath().normalize();
        out.println(drafts ? language.text("cli.serve.building", site) : language.text("cli.serve.buildingNoDrafts", site));
        out.flush();
        Preview preview;
        try {
            preview = Preview.start(new PreviewOptions(source.dir, port, address, drafts, language),
                    new ServeConsole(out, err, main.debug, language));
        } catch (PreviewException e) {
            err.println(e.message(language));
            err.println("  " + language.text("cli.hint", e.hint(language)));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        AtomicBoolean byHook = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            byHook.set(true);
            preview.close();
            out.println(language.text("cli.serve.stopped"));
            out.flush();
            stopped.countDown();
        }, "gongkai-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (preview.reachableFromNetwork()) {
            err.println(language.text("cli.serve.network"));
            err.println("  " + language.text("cli.hint", language.text("cli.serve.network.hint")));
            err.flush();
            preview.networkUrls().forEach(url -> out.println(language.text("cli.serve.networkUrl", url)));
        }
        out.println(language.text("cli.serve.serving", preview.url()));
        out.println(language.text("cli.serve.watching"));
        out.flush();
        if (open) {
            openBrowser(preview.url(), err, language);
        }
        stopped.await();
        if (!byHook.get()) { // stopped from inside (tests): the hook has not run and never should
            Runtime.getRuntime().removeShutdownHook(hook);
            preview.close();
        }
        return ExitCodes.OK;
    }

    /** A browser that does not open never stops the preview: one line says to open the address by hand. */
    private void openBrowser(URI url, PrintWriter err, Language language) {
        try {
            opener.open(url);
        } catch (IOException | RuntimeException e) {
            err.println(language.text("cli.serve.openFailed", url));
            err.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private InetAddress address() {
        try {
            InetAddress address = InetAddress.getByName(bind);
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new UsageError(spec, Text.of("cli.usage.bindNotHere", bind));
            }
            return address;
        } catch (UnknownHostException | SocketException e) {
            throw new UsageError(spec, Text.of("cli.usage.bindUnknown", bind));
        }
    }
}
