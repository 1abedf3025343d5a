package org.passhygiene.generator;

import java.util.ArrayList;
import java.util.List;

import org.passhygiene.dictionary.ShippedLists;
import org.passhygiene.dictionary.WordFinder;
import org.passhygiene.policy.MatchMode;
import org.passhygiene.policy.PolicySettings;

/**
 * The words passphrase mode draws from for one policy: the EFF long list without its hyphenated words, and under
 * {@code dictionary-match: substring} without those that contain a dictionary word (which the policy would reject
 * wherever they stand). Refused with a {@link GenerationException} when fewer than {@link Generator#MIN_WORD_POOL}
 * remain. Also the default number of words for the policy's min-length and max-length.
 */
record WordPool(List<String> words, int defaultWords, int defaultWordsWithDigit) {

    /** The shipped list passphrases are made from. */
    static final String LIST = "eff-long";

    static WordPool of(PolicySettings settings) {
        List<String> eff = Passphrases.withoutHyphens(ShippedLists.read(LIST));
        List<String> words = eff;
        if (settings.dictionaryMatch() == MatchMode.SUBSTRING) {
            WordFinder finder = ShippedLists.finder(settings.dictionaries(), settings.allExtraWords(),
                    settings.minWordLength(), settings.leet(), settings.reversedWords());
            List<String> clean = new ArrayList<>();
            for (String w : eff) {
                char[] chars = w.toCharArray();
                if (!finder.containsWord(chars, chars.length)) {
                    clean.add(w);
                }
            }
            if (clean.size() < Generator.MIN_WORD_POOL) {
                throw new GenerationException("passphrase mode cannot meet dictionary-match=substring: "
                        + (eff.size() - clean.size()) + " of the " + eff.size() + " EFF words contain a dictionary"
                        + " word, leaving " + clean.size() + " (fewer than " + Generator.MIN_WORD_POOL + "): set"
                        + " dictionary-match to guessable or whole, or use random mode");
            }
            words = List.copyOf(clean);
        }
        return new WordPool(words, defaultWords(settings, words, false), defaultWords(settings, words, true));
    }

    int defaultWords(boolean digit) {
        return digit ? defaultWordsWithDigit : defaultWords;
    }

    /**
     * {@link Generator#DEFAULT_WORDS}, or the fewest words above it whose passphrases mostly (half or more) reach
     * min-length; else the fewest from 3 that fit at all; else the default (which is then refused with the reason).
     */
    private static int defaultWords(PolicySettings settings, List<String> words, boolean digit) {
        for (double enough : new double[] {0.5, Generator.MIN_FITTING_SHARE}) {
            int from = enough == 0.5 ? Generator.DEFAULT_WORDS : GeneratorOptions.MIN_WORDS;
            for (int n = from; n <= GeneratorOptions.MAX_WORDS; n++) {
                int extra = n - 1 + (digit ? 1 : 0);
                if (Passphrases.fittingShare(words, n, settings.minLength() - extra,
                        settings.maxLength() - extra) >= enough) {
                    return n;
                }
            }
        }
        return Generator.DEFAULT_WORDS;
    }
}
