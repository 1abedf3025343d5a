/**
 * Reading untrusted text files within bounds, shared by every reader: strict UTF-8 decoding that names the line of
 * the first bad byte ({@link org.passhygiene.input.StrictUtf8}), the line-length bound
 * ({@link org.passhygiene.input.LongLines}) and the one mapping from an I/O failure to a reason people can read
 * ({@link org.passhygiene.input.IoReason}).
 */
package org.passhygiene.input;
