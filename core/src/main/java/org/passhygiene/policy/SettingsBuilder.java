package org.passhygiene.policy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passhygiene.rotation.ChangeInterval;

/**
 * Validating builder of {@link PolicySettings}: one method per {@link PolicyKey} (shown in brackets), each checking
 * its value as the key's table entry says and throwing {@link PolicyException} at once for a value outside what is
 * allowed; a key naming a file reads it then. {@link #settings()} checks the combination. Not thread-safe.
 * {@code PasswordPolicy.Builder} extends it with what is not a setting (store, calendar object, clock).
 *
 * @param <B> the concrete builder, returned by every method for chaining
 */
public abstract class SettingsBuilder<B extends SettingsBuilder<B>> {

    private final String basePreset;
    private final Map<PolicyKey, Object> values = new EnumMap<>(PolicyKey.class);
    private final Map<PolicyKey, Object> loaded = new EnumMap<>(PolicyKey.class);

    /** Starts from the key table's defaults (the {@code aup} preset), recording {@code basePreset} as the base. */
    SettingsBuilder(String basePreset) {
        this.basePreset = basePreset;
        for (PolicyKey key : PolicyKey.values()) {
            set(key, key.defaultValue());
        }
    }

    /** Starts from validated settings (and the file contents they hold), reading no file again. */
    protected SettingsBuilder(PolicySettings from) {
        this.basePreset = from.basePreset();
        values.putAll(from.values());
        loaded.putAll(from.loaded());
    }

    /** This builder, as its concrete type. */
    protected abstract B self();

    /**
     * Sets one key after checking the value with the key's kind; reads the file it names, if any.
     *
     * @throws PolicyException if the value is not allowed or its file cannot be read
     */
    final B set(PolicyKey key, Object value) {
        Object checked = key.kind().check(key, value);
        Object content = key.kind().load(checked);
        values.put(key, checked);
        if (content == null) {
            loaded.remove(key);
        } else {
            loaded.put(key, content);
        }
        return self();
    }

    /**
     * The settings as they stand, validated as a whole.
     *
     * @throws PolicyException if the settings contradict each other (e.g. min-length above max-length)
     */
    public PolicySettings settings() {
        return new PolicySettings(basePreset, values, loaded);
    }

    /** [name] {@link PolicyKey#NAME}. */
    public B name(String value) { return set(PolicyKey.NAME, value); }
    /** [clause-label] {@link PolicyKey#CLAUSE_LABEL}. */
    public B clauseLabel(String value) { return set(PolicyKey.CLAUSE_LABEL, value); }
    /** [min-length] {@link PolicyKey#MIN_LENGTH}. */
    public B minLength(int value) { return set(PolicyKey.MIN_LENGTH, value); }
    /** [max-length] {@link PolicyKey#MAX_LENGTH}. */
    public B maxLength(int value) { return set(PolicyKey.MAX_LENGTH, value); }
    /** [require-letter] {@link PolicyKey#REQUIRE_LETTER}. */
    public B requireLetter(boolean value) { return set(PolicyKey.REQUIRE_LETTER, value); }
    /** [require-digit] {@link PolicyKey#REQUIRE_DIGIT}. */
    public B requireDigit(boolean value) { return set(PolicyKey.REQUIRE_DIGIT, value); }
    /** [require-symbol] {@link PolicyKey#REQUIRE_SYMBOL}. */
    public B requireSymbol(boolean value) { return set(PolicyKey.REQUIRE_SYMBOL, value); }
    /** [dictionary-match] {@link PolicyKey#DICTIONARY_MATCH}. */
    public B dictionaryMatch(MatchMode value) { return set(PolicyKey.DICTIONARY_MATCH, value); }
    /** [dictionaries] {@link PolicyKey#DICTIONARIES}. */
    public B dictionaries(List<String> value) { return set(PolicyKey.DICTIONARIES, value); }
    /** [extra-words] {@link PolicyKey#EXTRA_WORDS}. */
    public B extraWords(List<String> value) { return set(PolicyKey.EXTRA_WORDS, value); }
    /** [extra-words-file] {@link PolicyKey#EXTRA_WORDS_FILE}. */
    public B extraWordsFile(Path value) { return set(PolicyKey.EXTRA_WORDS_FILE, value); }
    /** [min-word-length] {@link PolicyKey#MIN_WORD_LENGTH}. */
    public B minWordLength(int value) { return set(PolicyKey.MIN_WORD_LENGTH, value); }
    /** [leet] {@link PolicyKey#LEET}. */
    public B leet(boolean value) { return set(PolicyKey.LEET, value); }
    /** [reversed-words] {@link PolicyKey#REVERSED_WORDS}. */
    public B reversedWords(boolean value) { return set(PolicyKey.REVERSED_WORDS, value); }
    /** [context-match] {@link PolicyKey#CONTEXT_MATCH}. */
    public B contextMatch(MatchMode value) { return set(PolicyKey.CONTEXT_MATCH, value); }
    /** [organisation] {@link PolicyKey#ORGANISATION}. */
    public B organisation(String value) { return set(PolicyKey.ORGANISATION, value); }
    /** [common-passwords] {@link PolicyKey#COMMON_PASSWORDS}. */
    public B commonPasswords(int value) { return set(PolicyKey.COMMON_PASSWORDS, value); }
    /** [one-system] {@link PolicyKey#ONE_SYSTEM}. */
    public B oneSystem(boolean value) { return set(PolicyKey.ONE_SYSTEM, value); }
    /** [history] {@link PolicyKey#HISTORY}. */
    public B history(int value) { return set(PolicyKey.HISTORY, value); }
    /** [privileged-roles] {@link PolicyKey#PRIVILEGED_ROLES}. */
    public B privilegedRoles(Set<String> value) { return set(PolicyKey.PRIVILEGED_ROLES, value); }
    /** [privileged-groups] {@link PolicyKey#PRIVILEGED_GROUPS}. */
    public B privilegedGroups(Map<String, String> value) { return set(PolicyKey.PRIVILEGED_GROUPS, value); }
    /** [privileged-change] {@link PolicyKey#PRIVILEGED_CHANGE}. */
    public B privilegedChange(ChangeInterval value) { return set(PolicyKey.PRIVILEGED_CHANGE, value); }
    /** [staff-change] {@link PolicyKey#STAFF_CHANGE}. */
    public B staffChange(ChangeInterval value) { return set(PolicyKey.STAFF_CHANGE, value); }
    /** [change-grace-days] {@link PolicyKey#CHANGE_GRACE_DAYS}. */
    public B changeGraceDays(int value) { return set(PolicyKey.CHANGE_GRACE_DAYS, value); }
    /** [calendar] {@link PolicyKey#CALENDAR}. */
    public B calendar(Path value) { return set(PolicyKey.CALENDAR, value); }
    /** [mfa] {@link PolicyKey#MFA}. */
    public B mfa(boolean value) { return set(PolicyKey.MFA, value); }
    /** [breach-indexes] {@link PolicyKey#BREACH_INDEXES}. */
    public B breachIndexes(List<String> value) { return set(PolicyKey.BREACH_INDEXES, value); }
    /** [breach-online] {@link PolicyKey#BREACH_ONLINE}. */
    public B breachOnline(boolean value) { return set(PolicyKey.BREACH_ONLINE, value); }
    /** [breach-fail-open] {@link PolicyKey#BREACH_FAIL_OPEN}. */
    public B breachFailOpen(boolean value) { return set(PolicyKey.BREACH_FAIL_OPEN, value); }
    /** [breach-api-url] {@link PolicyKey#BREACH_API_URL}. */
    public B breachApiUrl(String value) { return set(PolicyKey.BREACH_API_URL, value); }
    /** [date-order] {@link PolicyKey#DATE_ORDER}. */
    public B dateOrder(String value) { return set(PolicyKey.DATE_ORDER, value); }
}
