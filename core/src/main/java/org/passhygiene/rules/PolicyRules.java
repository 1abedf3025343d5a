package org.passhygiene.rules;

import java.util.ArrayList;
import java.util.List;

import java.net.URI;

import org.passay.rule.LengthRule;
import org.passay.rule.Rule;
import org.passhygiene.breach.BreachIndexes;
import org.passhygiene.breach.PwnedPasswordsClient;
import org.passhygiene.dictionary.GuessEstimator;
import org.passhygiene.dictionary.ShippedLists;
import org.passhygiene.dictionary.WordFinder;
import org.passhygiene.policy.MatchMode;
import org.passhygiene.policy.PolicySettings;
import org.passhygiene.store.CredentialStore;

/** Assembles the rules a policy's settings call for, in reporting order. */
public final class PolicyRules {

    /** Common passwords whose base words guessable mode ranks and looks for. */
    static final int RANKED_COMMON_PASSWORDS = 100_000;

    private PolicyRules() {
    }

    /**
     * The rules that need only the password and the account.
     *
     * @param settings the effective policy (its {@link PolicySettings#allExtraWords() extra words} included)
     */
    public static List<Rule> create(PolicySettings settings) {
        return create(settings, null);
    }

    /**
     * The rules, plus {@link CredentialReuseRule} when a store is given and {@code one-system} or {@code history}
     * is on.
     *
     * @param settings the effective policy (its {@link PolicySettings#allExtraWords() extra words} included)
     * @param store    the credential store, or null for none
     */
    public static List<Rule> create(PolicySettings settings, CredentialStore store) {
        List<String> extraWords = settings.allExtraWords();
        List<Rule> rules = new ArrayList<>();
        // Passay's own rule: it counts code points, as NIST asks.
        rules.add(new LengthRule(settings.minLength(), settings.maxLength()));
        // Always on, whatever the settings: no policy key can allow an invisible or control-character password.
        rules.add(new NoVisibleCharacterRule());
        rules.add(new ControlCharacterRule());
        if (settings.requireLetter()) {
            rules.add(new CharacterClassRule(CharacterClass.LETTER));
        }
        if (settings.requireDigit()) {
            rules.add(new CharacterClassRule(CharacterClass.DIGIT));
        }
        if (settings.requireSymbol()) {
            rules.add(new CharacterClassRule(CharacterClass.SYMBOL));
        }
        if (settings.contextMatch() != MatchMode.OFF) {
            rules.add(new ContextWordRule(settings.contextMatch(), settings.minWordLength(), settings.leet(),
                    settings.reversedWords(), settings.organisation()));
        }
        if (settings.dictionaryMatch() == MatchMode.GUESSABLE) {
            rules.add(guessableDictionaryRule(settings, extraWords));
            rules.add(new PredictablePatternRule());
        } else if (settings.dictionaryMatch() != MatchMode.OFF) {
            rules.add(new DictionaryWordRule(ShippedLists.finder(settings.dictionaries(), extraWords,
                    settings.minWordLength(), settings.leet(), settings.reversedWords()), settings.dictionaryMatch()));
        }
        if (settings.commonPasswords() > 0) {
            rules.add(new CommonPasswordRule(ShippedLists.commonPasswords(settings.commonPasswords())));
        }
        if (!settings.breachIndexes().isEmpty() || settings.breachOnline()) {
            rules.add(breachRule(settings));
        }
        if (store != null && (settings.oneSystem() || settings.history() > 0)) {
            // Last: it is the only rule that costs an Argon2id computation.
            rules.add(new CredentialReuseRule(store, settings.oneSystem(), settings.history()));
        }
        return List.copyOf(rules);
    }

    /**
     * Guessable mode looks for the configured lists, the school's words and the alphabetic base words of the
     * {@code common-passwords} most common passwords (at most {@value #RANKED_COMMON_PASSWORDS}: {@code badboy},
     * {@code bigred}, {@code cjkysirj}), each priced by how soon a cracker tries it.
     */
    private static DictionaryWordRule guessableDictionaryRule(PolicySettings settings, List<String> extraWords) {
        int top = Math.min(settings.commonPasswords(), RANKED_COMMON_PASSWORDS);
        List<String> words = new ArrayList<>(extraWords);
        words.addAll(ShippedLists.commonPasswordRanks(top).baseWords());
        WordFinder finder = ShippedLists.finder(settings.dictionaries(), words, settings.minWordLength(),
                settings.leet(), settings.reversedWords());
        GuessEstimator estimator = new GuessEstimator(finder,
                ShippedLists.ranking(settings.dictionaries(), extraWords, top), true);
        return new DictionaryWordRule(finder, MatchMode.GUESSABLE, estimator);
    }

    private static BreachRule breachRule(PolicySettings settings) {
        List<BreachRule.Source> sources = new ArrayList<>();
        for (String name : settings.breachIndexes()) {
            sources.add(new BreachRule.Source(BreachIndexes.open(name), BreachIndexes.isEmbedded(name)));
        }
        PwnedPasswordsClient online = settings.breachOnline()
                ? PwnedPasswordsClient.builder().baseUri(URI.create(settings.breachApiUrl()))
                        .failOpen(settings.breachFailOpen()).build()
                : null;
        return new BreachRule(sources, online);
    }
}
