/**
 * The command line: {@code gongkai build} (and later check, serve, new), problems printed as
 * {@code path:line[:column]: message} with a hint, and the exit codes of {@link org.gongkai.cli.ExitCodes}.
 * Entry point: {@link org.gongkai.cli.Main}.
 */
package org.gongkai.cli;
