package org.gongkai.cli;

/** The exit codes every command keeps (DEVELOPERS.md). Explicit numbers, never an enum's ordinal. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Bad input (build), or findings (check). */
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
