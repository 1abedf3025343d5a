/**
 * Finding dictionary words inside passwords: the text folding shared by every matcher (case, diacritics and the
 * documented leet substitutions), the {@link org.passhygiene.dictionary.WordFinder} contract, the fast automaton
 * used by the policy and the naive finder that defines what a correct answer is (and serves the few context words).
 */
package org.passhygiene.dictionary;
