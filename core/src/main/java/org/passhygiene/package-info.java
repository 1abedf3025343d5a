/**
 * The embeddable API: load or build a {@link org.passhygiene.PasswordPolicy}, call
 * {@link org.passhygiene.PasswordPolicy#check(char[], org.passhygiene.Account)} and read the
 * {@link org.passhygiene.CheckResult}. Everything a provisioning tool touches lives here; the other packages are the
 * machinery behind it.
 */
package org.passhygiene;
