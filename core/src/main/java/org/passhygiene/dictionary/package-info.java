/**
 * Finding dictionary words inside passwords: the text folding shared by every matcher (case, diacritics and the
 * documented leet substitutions), the {@link org.passhygiene.dictionary.WordFinder} contract, the fast automaton
 * used by the policy and the naive finder that defines what a correct answer is (and serves the few context words);
 * and, for {@code dictionary-match: guessable}, the {@link org.passhygiene.dictionary.GuessEstimator} that prices a
 * password as a cracker would (ranked words, predictable patterns, brute force) and the ranks it uses.
 *
 * <p>Internal: public for the passhygiene CLI and other passhygiene packages; no compatibility promise.
 * Used by {@code rules} (the policy builds rules from settings) and by the benchmarks, which measure the engine
 * through {@link org.passhygiene.dictionary.WordFinders#compile}, the one factory the policy uses too.
 */
package org.passhygiene.dictionary;
