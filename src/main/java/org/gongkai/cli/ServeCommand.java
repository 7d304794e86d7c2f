package org.gongkai.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

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

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true", descriptionKey = "serve.drafts")
    boolean drafts;

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
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println(language.text("cli.serve.stopped"));
            out.flush();
            stopped.countDown();
        }, "gongkai-stop"));
        if (preview.reachableFromNetwork()) {
            err.println(language.text("cli.serve.network"));
            err.println("  " + language.text("cli.hint", language.text("cli.serve.network.hint")));
            err.flush();
            preview.networkUrls().forEach(url -> out.println(language.text("cli.serve.networkUrl", url)));
        }
        out.println(language.text("cli.serve.serving", preview.url()));
        out.println(language.text("cli.serve.watching"));
        out.flush();
        stopped.await();
        return ExitCodes.OK;
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
