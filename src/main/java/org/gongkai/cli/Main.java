package org.gongkai.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;

import org.gongkai.problem.BuildFailedException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gongkai}: one program, one subcommand per job. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a public-disclosure website (政府信息公开) from Markdown work reports and data files.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. gongkai build");
    }

    public static void main(String[] args) {
        Charset charset = OutputCharset.of(System.console());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        System.exit(run(args, out, err));
    }

    /** Runs the CLI with the given streams and returns the exit code; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, main.debug, err));
        try {
            return cli.execute(args);
        } catch (Throwable e) { // picocli hands on Errors (a stack overflow, a missing class) untouched
            return failed(e, main.debug || Arrays.asList(args).contains("--debug"), err);
        }
    }

    private static int failed(Throwable e, boolean debug, PrintWriter err) {
        if (e instanceof BuildFailedException failed) {
            new ProblemPrinter(err).printFailure(failed.problems(), failed.totalCount());
            return ExitCodes.BAD_INPUT;
        }
        new InternalErrorPrinter(err).print(e, debug);
        return ExitCodes.INTERNAL;
    }

    /** The version from the jar's manifest; "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"gongkai " + (version == null ? "dev" : version)};
        }
    }
}
