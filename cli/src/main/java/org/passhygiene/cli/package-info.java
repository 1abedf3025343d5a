/**
 * The {@code passhygiene} command: one {@code *Command} class per subcommand, exit codes decided in one place
 * ({@link org.passhygiene.cli.ExitCodes}). The only code in the project that exits the JVM ({@link
 * org.passhygiene.cli.Main}).
 */
package org.passhygiene.cli;
