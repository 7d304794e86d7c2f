package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gongkai.problem.Language;
import org.gongkai.problem.Text;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says a usage error in the run's language, then a suggestion or the command's help, as picocli does, with exit
 * code 2. picocli words its own errors in English only: the common ones (unknown option, unmatched argument,
 * missing parameter, bad value, an option given twice) are said again from the bundle, in English as picocli says
 * them; any other is shown with picocli's English inside a Chinese sentence.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Language language;

    UsageErrors(Language language) {
        this.language = language;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(said(e).in(language)));
        Optional<Text> suggestion = suggestion(e);
        if (suggestion.isPresent()) {
            err.println(suggestion.get().in(language));
        } else {
            command.usage(err, command.getColorScheme());
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    static Text said(ParameterException e) {
        if (e instanceof UsageError own) {
            return own.text();
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<Text> arguments = quoted(unmatched.getUnmatched());
            boolean one = arguments.size() == 1;
            if (unmatched.isUnknownOption()) {
                return one ? Text.of("cli.usage.unknownOption", arguments) : Text.of("cli.usage.unknownOptions", arguments);
            }
            return one ? Text.of("cli.usage.unmatched", arguments) : Text.of("cli.usage.unmatchedMany", arguments);
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            Optional<Text> text = missing(missing.getMissing());
            if (text.isPresent()) {
                return text.get();
            }
        }
        if (e.getCause() instanceof TypeConversionException refused && e.getArgSpec() instanceof OptionSpec option) {
            Optional<Text> reason = reason(refused, option, e.getValue());
            if (reason.isPresent()) {
                return Text.of("cli.usage.badValue", option.longestName(), reason.get());
            }
        }
        if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return option.arity().max > 0 ? Text.of("cli.usage.twice", option.longestName(), option.paramLabel())
                    : Text.of("cli.usage.twiceFlag", option.longestName());
        }
        return Text.of("cli.usage.other", e.getMessage());
    }

    /** An option without its value, or positional parameters left out; empty for the rarer kinds. */
    private static Optional<Text> missing(List<ArgSpec> missing) {
        ArgSpec first = missing.get(0);
        if (first instanceof OptionSpec option) {
            // a required option left out says "Missing required option": none of ours is required
            return option.required() ? Optional.empty()
                    : Optional.of(Text.of("cli.usage.missingValue", option.longestName(), option.paramLabel()));
        }
        if (missing.stream().anyMatch(ArgSpec::isOption)) {
            return Optional.empty();
        }
        List<Text> labels = quoted(missing.stream().map(ArgSpec::paramLabel).toList());
        return Optional.of(labels.size() == 1 ? Text.of("cli.usage.missingParameter", labels)
                : Text.of("cli.usage.missingParameters", labels));
    }

    private static Optional<Text> reason(TypeConversionException refused, OptionSpec option, String value) {
        Class<?> type = option.type();
        if (refused instanceof UsageError.BadValue bad) {
            return Optional.of(bad.reason());
        }
        if (type == int.class || type == Integer.class) {
            return Optional.of(Text.of("cli.usage.notAnInteger", value));
        }
        if (type.isEnum()) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
            return Optional.of(Text.of("cli.usage.notOneOf", constants, value));
        }
        return Optional.empty();
    }

    /** picocli's "Possible solutions" and "Did you mean", when it has one. */
    static Optional<Text> suggestion(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getSuggestions().isEmpty()) {
            return Optional.empty();
        }
        List<String> suggestions = unmatched.getSuggestions();
        if (unmatched.isUnknownOption()) {
            return Optional.of(Text.of("cli.usage.possibleOptions", suggestions));
        }
        String name = e.getCommandLine().getCommandSpec().name();
        return Optional.of(Text.of("cli.usage.didYouMean", suggestions.stream().map(s -> name + " " + s).toList()));
    }

    private static List<Text> quoted(List<String> values) {
        return values.stream().map(value -> Text.of("cli.usage.quoted", value)).toList();
    }
}
