/**
 * The policy's rules, one class per rule, each a Passay {@link org.passay.rule.Rule} so it also drops into a plain
 * Passay {@code PasswordValidator}. Error codes are {@link org.passhygiene.ViolationCode} names; parameters are named
 * and never contain the whole password. {@link org.passhygiene.rules.PolicyRules} assembles the list for a policy.
 */
package org.passhygiene.rules;
