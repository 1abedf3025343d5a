/**
 * Everything that leaves passhygiene as text or files: escaping of untrusted text (usernames, descriptions, file
 * contents) for terminal and plain-text output, and the one checked, atomic way to write an output path.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 * Used by {@code audit}, {@code breach}, {@code crypto}, {@code rotation}, {@code store} and most CLI commands.
 */
package org.passhygiene.output;
