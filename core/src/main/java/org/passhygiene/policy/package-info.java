/**
 * Policy files and presets: the {@link org.passhygiene.policy.PolicyKey} registry (every kebab-case key, its type,
 * what it allows and the builder method it maps to), the YAML reader that turns a school's file into a
 * {@link org.passhygiene.PasswordPolicy.Builder} with file:line errors, the built-in presets ({@code aup},
 * {@code ncsc}, {@code nist}) and the guidance lint that explains where a policy departs from NIST, NCSC and Cyber
 * Essentials.
 */
package org.passhygiene.policy;
