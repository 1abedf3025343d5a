/**
 * Hashing of passwords for comparison with published corpora: SHA-1 of the UTF-8 bytes (Have I Been Pwned) and the
 * Windows NT hash, MD4 of the UTF-16LE bytes, with MD4 from Bouncy Castle. Passwords arrive as {@code char[]}, are
 * never turned into a {@code String}, and every intermediate byte array is cleared before the method returns. Also
 * OpenPGP encryption of reports ({@link org.passhygiene.crypto.OpenPgpEncryptor}, Bouncy Castle bcpg) to a valid
 * encryption key of a certificate chosen by key flags, expiry and revocation ({@code RecipientKeys}), or with a
 * passphrase (SHA-256 S2K at the highest count, minimum length).
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 * Used by {@code audit} and {@code breach} (NTLM/SHA-1 hashes) and the CLI (OpenPGP report encryption).
 */
package org.passhygiene.crypto;
