package org.gongkai.cli;

import org.gongkai.problem.Text;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** A usage error the commands find themselves (exit code 2), said in the run's language by {@link UsageErrors}. */
final class UsageError extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    UsageError(CommandSpec spec, Text text) {
        super(spec.commandLine(), text.toString());
        this.text = text;
    }

    Text text() {
        return text;
    }

    /** A value an option's converter refuses, with the reason in both languages. */
    static final class BadValue extends CommandLine.TypeConversionException {

        private static final long serialVersionUID = 1L;

        private final transient Text reason;

        BadValue(Text reason) {
            super(reason.toString());
            this.reason = reason;
        }

        Text reason() {
            return reason;
        }
    }
}
