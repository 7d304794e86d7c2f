package org.gongkai.serve;

/** The preview cannot start: no site at the source, or no free port. Says what to do about it. */
public final class PreviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    public PreviewException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
