/**
 * The policy's rules, one class per rule, each a Passay {@link org.passay.rule.Rule} so it also drops into a plain
 * Passay {@code PasswordValidator}. Error codes are {@link org.passhygiene.ViolationCode} names; parameters are named
 * and never contain the password or any part of it as written (a word match names the listed word).
 * {@link org.passhygiene.rules.PolicyRules} assembles the list for a policy.
 */
package org.passhygiene.rules;
