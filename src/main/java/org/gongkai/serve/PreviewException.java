package org.gongkai.serve;

import org.gongkai.problem.Language;
import org.gongkai.problem.Text;

/** The preview cannot start: no site at the source, or no free port. Says what to do about it. */
public final class PreviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Text text;
    private final transient Text help;

    public PreviewException(Text text, Text help, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
        this.help = help;
    }

    /** The hint in English (tests, logs); users see {@link #hint(Language)}. */
    public String hint() {
        return help.toString();
    }

    public String message(Language language) {
        return text.in(language);
    }

    public String hint(Language language) {
        return help.in(language);
    }
}
