package org.gongkai.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Opens an address in the default browser ({@code gongkai serve --open}); tests pass one that only records it. */
interface BrowserOpener {

    /** Throws when no browser could be started. */
    void open(URI address) throws IOException, InterruptedException;

    /** java.awt.Desktop where it can browse, else the system's own opener: cmd /c start, open, xdg-open. */
    static BrowserOpener system() {
        return address -> {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(address);
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> command = os.startsWith("windows") ? List.of("cmd", "/c", "start", "\"\"", address.toString())
                    : os.startsWith("mac") ? List.of("open", address.toString())
                    : List.of("xdg-open", address.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // these hand the address to the browser and return; a non-zero exit means none was found
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(command.get(0) + " did not open a browser");
            }
        };
    }
}
