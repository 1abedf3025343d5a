/**
 * The embeddable API: load or build a {@link org.passhygiene.PasswordPolicy}, call
 * {@link org.passhygiene.PasswordPolicy#check(char[], org.passhygiene.Account)} and read the
 * {@link org.passhygiene.CheckResult}. Everything a provisioning tool touches lives here; the other packages are the
 * machinery behind it.
 *
 * <p>The embedding API (core/api/passhygiene-core.api, first section) is this package, {@code policy},
 * {@code rules}, {@code passay} (a Passay message resolver), {@code store}, {@code rotation}, {@code breach}, the
 * {@code audit} entry point, the Bean Validation constraints of {@code validation} and the password generator's
 * options and result in {@code generator} ({@link org.passhygiene.PasswordPolicy#generate}). The packages
 * {@code input}, {@code output}, {@code messages}, {@code crypto} and {@code dictionary} are internal: public only
 * for the CLI and other core packages, with no compatibility promise.
 */
package org.passhygiene;
