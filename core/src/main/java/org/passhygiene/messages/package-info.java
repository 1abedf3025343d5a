/**
 * The one message system: en-GB text for people comes from properties bundles ({@code {name}} placeholders), never
 * from code. {@link org.passhygiene.messages.MessageBundle} looks texts up, fills their placeholders and prefixes
 * clauses with the clause label of the active policy ({@code clause-label}, e.g. "AUP" or "NIST"). Used by the
 * violations of a check, the findings of an audit and the guidance lint. Placeholders are filled once (a value is
 * never read as a template), and callers pass only codes, counts, dates and names: never a password or a hash.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 * Used by the root package (violations), {@code policy} (lint) and {@code audit} (findings).
 */
package org.passhygiene.messages;
