/**
 * Breach lookup: is a password (or its SHA-1 / NT hash) in a published breach corpus such as Have I Been Pwned's
 * Pwned Passwords? {@link org.passhygiene.breach.BreachIndex} answers offline from a compact memory-mapped index
 * file (about 5 bytes per hash, false-positive rate at most 1e-9 per lookup) that
 * {@link org.passhygiene.breach.BreachIndexBuilder} imports from the HIBP downloads or plain password lists;
 * {@link org.passhygiene.breach.PwnedPasswordsClient} asks the online range API, sending only a five-character hash
 * prefix. Both answer with a {@link org.passhygiene.breach.BreachResult}; turning it into a policy violation is the
 * policy's job.
 */
package org.passhygiene.breach;
