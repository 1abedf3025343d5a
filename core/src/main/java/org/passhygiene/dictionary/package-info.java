/**
 * Finding dictionary words inside passwords: the text folding shared by every matcher (case, diacritics and the
 * documented leet substitutions), the {@link org.passhygiene.dictionary.WordFinder} contract, the fast automaton
 * used by the policy and the naive finder that defines what a correct answer is (and serves the few context words);
 * and, for {@code dictionary-match: guessable}, the {@link org.passhygiene.dictionary.GuessEstimator} that prices a
 * password as a cracker would (ranked words, predictable patterns, brute force) and the ranks it uses.
 */
package org.passhygiene.dictionary;
