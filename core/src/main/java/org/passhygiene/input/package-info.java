/**
 * Reading untrusted text files within bounds, shared by every reader: strict UTF-8 decoding that names the line of
 * the first bad byte ({@link org.passhygiene.input.StrictUtf8}), the line-length bound
 * ({@link org.passhygiene.input.LongLines}) and the one mapping from an I/O failure to a reason people can read
 * ({@link org.passhygiene.input.IoReason}).
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 * Used by {@code policy}, {@code rotation} and {@code output} (bounded, strict reading) and the CLI (I/O messages).
 */
package org.passhygiene.input;
