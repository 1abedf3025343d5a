/**
 * Passay integration beyond the rules themselves: {@link org.passhygiene.passay.PolicyMessageResolver} gives a plain
 * Passay {@code PasswordValidator} the messages of passhygiene's rules (from the message bundle, with the clause of
 * the active policy) and leaves every other code to Passay's own resolver, so a validator mixing Passay and
 * passhygiene rules reports every message. Part of the embedding API.
 */
package org.passhygiene.passay;
