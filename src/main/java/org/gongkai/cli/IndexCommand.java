package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;
import org.gongkai.scaffold.IndexAssigner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai index assign [--dry-run]}: the missing 索引号 of reports and pages, one front-matter line each. */
@Command(name = "index", mixinStandardHelpOptions = true, subcommands = IndexCommand.Assign.class)
final class IndexCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UsageError(spec, Text.of("inspect.usage.indexWhat"));
    }

    @Command(name = "assign", mixinStandardHelpOptions = true)
    static final class Assign implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SourceOption source;

        @Option(names = "--dry-run", descriptionKey = "index.dryRun")
        boolean dryRun;

        @Override
        public Integer call() {
            Language language = Main.language(spec);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Problems problems = new Problems();
            IndexAssigner.Result result = IndexAssigner.run(source.dir, !dryRun, problems);
            new ProblemPrinter(err, language).print(problems.list());
            if (result.noPattern()) {
                new ProblemPrinter(err, language).print(java.util.List.of(Problem.error(SourcePosition.of("content/site.yaml"),
                        Text.of("inspect.assign.noPattern"), Text.of("inspect.assign.noPattern.hint"))));
                err.flush();
                return ExitCodes.USAGE;
            }
            if (problems.hasErrors()) {
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            // a line as it is (or would be) in the file: where, and the text written there
            result.assigned().forEach(a -> out.println(a.file() + ":" + a.line() + ": index: \"" + a.index() + "\""));
            if (result.assigned().isEmpty()) {
                out.println(language.text("inspect.assign.none"));
            } else {
                out.println(language.text(dryRun ? "inspect.assign.dryRun" : "inspect.assign.done", result.assigned().size()));
            }
            out.flush();
            err.flush();
            return ExitCodes.OK;
        }
    }
}
