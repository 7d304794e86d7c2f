package org.gongkai.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;

import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.Language;
import org.gongkai.problem.Text;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai}: one program, one subcommand per job. The help of every command and option is in the cli
 * bundle, under cli.help.* ({@link HelpMessages}).
 */
@Command(name = "gongkai", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, descriptionKey = "option.debug")
    boolean debug;

    /** Read before picocli parses (the help is in this language too); declared so that picocli accepts it. */
    @Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "zh|en",
            converter = LanguageOption.class, descriptionKey = "option.lang")
    Language lang;

    private Language language = Language.ZH;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new UsageError(spec, Text.of("cli.usage.noCommand"));
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
        main.language = chosenLanguage(args, System.getenv(Language.ENVIRONMENT));
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        // after the subcommands are added, before anything is parsed or printed: the help is in the run's language
        cli.setResourceBundle(HelpMessages.of(main.language));
        cli.setParameterExceptionHandler(new UsageErrors(main.language));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, main.debug, err, main.language));
        try {
            return cli.execute(args);
        } catch (Throwable e) { // picocli hands on Errors (a stack overflow, a missing class) untouched
            return failed(e, main.debug || Arrays.asList(args).contains("--debug"), err, main.language);
        }
    }

    private static int failed(Throwable e, boolean debug, PrintWriter err, Language language) {
        if (e instanceof BuildFailedException failed) {
            new ProblemPrinter(err, language).printFailure(failed.problems(), failed.totalCount());
            return ExitCodes.BAD_INPUT;
        }
        new InternalErrorPrinter(err, language).print(e, debug);
        return ExitCodes.INTERNAL;
    }

    /** {@code --lang X} or {@code --lang=X} anywhere in the arguments, else the environment's, else Chinese. */
    static Language chosenLanguage(String[] args, String environment) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return Language.parse(value).orElse(Language.fromEnvironment(environment));
            }
        }
        return Language.fromEnvironment(environment);
    }

    /** The language of this run, for the commands: they reach it through their spec's root. */
    static Language language(CommandLine.Model.CommandSpec spec) {
        return ((Main) spec.root().userObject()).language;
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
