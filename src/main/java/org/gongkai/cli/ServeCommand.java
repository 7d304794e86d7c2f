package org.gongkai.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.gongkai.serve.Preview;
import org.gongkai.serve.PreviewException;
import org.gongkai.serve.PreviewOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on this computer: builds into a temporary folder (never into site/), serves it, "
                + "and after every saved change rebuilds and reloads the open pages. Stop it with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    SourceOption source;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313",
            description = "Port to listen on; when it is taken, the next free one is used (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only). 0.0.0.0 shows the preview, drafts included, to every device on the network.")
    String bind;

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show reports with draft: true, marked 草稿 (the default); --no-drafts hides them as the published site does.")
    boolean drafts;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be a number from 1 to 65535 (or 0 for any free port)");
        }
        InetAddress address = address();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println("building the preview of " + source.dir.toAbsolutePath().normalize()
                + (drafts ? " (drafts shown)" : " (drafts hidden)") + " …");
        out.flush();
        Preview preview;
        try {
            preview = Preview.start(new PreviewOptions(source.dir, port, address, drafts), new ServeConsole(out, err, main.debug, Main.language(spec)));
        } catch (PreviewException e) {
            err.println(e.getMessage());
            err.println("  hint: " + e.hint());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("preview stopped; its temporary folder is removed");
            out.flush();
            stopped.countDown();
        }, "gongkai-stop"));
        if (preview.reachableFromNetwork()) {
            err.println("warning: the preview, drafts included, can be opened by every device on this network");
            err.println("  hint: use --bind 0.0.0.0 only on a trusted office network; without --bind only this computer sees it");
            err.flush();
            preview.networkUrls().forEach(url -> out.println("on the network: " + url));
        }
        out.println("serving at " + preview.url() + "  (open it in a browser; Ctrl-C stops)");
        out.println("watching content/ and themes/ for changes");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private InetAddress address() {
        try {
            InetAddress address = InetAddress.getByName(bind);
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new ParameterException(spec.commandLine(),
                        "--bind " + bind + " is not an address of this computer; use 127.0.0.1 (the default) or 0.0.0.0");
            }
            return address;
        } catch (UnknownHostException | SocketException e) {
            throw new ParameterException(spec.commandLine(), "--bind " + bind + " is not a known address; use 127.0.0.1 (the default) or 0.0.0.0");
        }
    }
}
