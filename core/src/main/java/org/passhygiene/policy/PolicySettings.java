package org.passhygiene.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.passhygiene.rotation.ChangeInterval;
import org.passhygiene.rotation.TermCalendar;

/**
 * The effective value of every {@link PolicyKey}, presets resolved, with the contents of the files the keys name
 * (read when the key was set). Immutable. The only way to make one is a {@link SettingsBuilder} (a preset, a policy
 * file or {@link #toBuilder()}), so every value has passed its key's checks and the combination has been checked.
 * Two settings are equal when their base preset and every key's value are.
 */
public final class PolicySettings {

    private final String basePreset;
    private final Map<PolicyKey, Object> values;
    private final Map<PolicyKey, Object> loaded;

    /**
     * @throws PolicyException if the values contradict each other
     */
    PolicySettings(String basePreset, Map<PolicyKey, Object> values, Map<PolicyKey, Object> loaded) {
        this.basePreset = basePreset;
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
        this.loaded = Collections.unmodifiableMap(loaded.isEmpty() ? Map.of() : new EnumMap<>(loaded));
        checkCombination();
    }

    /** Cross-key rules: each names the key it reports, so a policy file can give that key's line. */
    private void checkCombination() {
        if (minLength() > maxLength()) {
            throw new PolicyException("min-length", Integer.toString(minLength()),
                    "must not exceed max-length=" + maxLength());
        }
        if (dictionaryMatch() != MatchMode.OFF && dictionaries().isEmpty() && allExtraWords().isEmpty()) {
            throw new PolicyException("dictionary-match", dictionaryMatch().name().toLowerCase(Locale.ROOT),
                    "needs at least one entry in dictionaries or extra-words (or set dictionary-match: off)");
        }
    }

    /**
     * A builder holding the named preset's settings.
     *
     * @throws PolicyException if there is no such preset
     */
    public static Builder builder(String preset) {
        return new Builder(Presets.settings(preset));
    }

    /** A builder holding these settings, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The preset the settings started from ({@code extends}). */
    public String basePreset() {
        return basePreset;
    }

    /** A key's value (null for an unset optional key). */
    public Object value(PolicyKey key) {
        return values.get(key);
    }

    /** [name] {@link PolicyKey#NAME}. */
    public String name() { return get(PolicyKey.NAME); }
    /** [clause-label] {@link PolicyKey#CLAUSE_LABEL}. */
    public String clauseLabel() { return get(PolicyKey.CLAUSE_LABEL); }
    /** [min-length] {@link PolicyKey#MIN_LENGTH}. */
    public int minLength() { return get(PolicyKey.MIN_LENGTH); }
    /** [max-length] {@link PolicyKey#MAX_LENGTH}. */
    public int maxLength() { return get(PolicyKey.MAX_LENGTH); }
    /** [require-letter] {@link PolicyKey#REQUIRE_LETTER}. */
    public boolean requireLetter() { return get(PolicyKey.REQUIRE_LETTER); }
    /** [require-digit] {@link PolicyKey#REQUIRE_DIGIT}. */
    public boolean requireDigit() { return get(PolicyKey.REQUIRE_DIGIT); }
    /** [require-symbol] {@link PolicyKey#REQUIRE_SYMBOL}. */
    public boolean requireSymbol() { return get(PolicyKey.REQUIRE_SYMBOL); }
    /** [dictionary-match] {@link PolicyKey#DICTIONARY_MATCH}. */
    public MatchMode dictionaryMatch() { return get(PolicyKey.DICTIONARY_MATCH); }
    /** [dictionaries] {@link PolicyKey#DICTIONARIES}. */
    public List<String> dictionaries() { return get(PolicyKey.DICTIONARIES); }
    /** [extra-words] {@link PolicyKey#EXTRA_WORDS}. */
    public List<String> extraWords() { return get(PolicyKey.EXTRA_WORDS); }
    /** [extra-words-file] {@link PolicyKey#EXTRA_WORDS_FILE}. */
    public Path extraWordsFile() { return get(PolicyKey.EXTRA_WORDS_FILE); }
    /** [min-word-length] {@link PolicyKey#MIN_WORD_LENGTH}. */
    public int minWordLength() { return get(PolicyKey.MIN_WORD_LENGTH); }
    /** [leet] {@link PolicyKey#LEET}. */
    public boolean leet() { return get(PolicyKey.LEET); }
    /** [reversed-words] {@link PolicyKey#REVERSED_WORDS}. */
    public boolean reversedWords() { return get(PolicyKey.REVERSED_WORDS); }
    /** [context-match] {@link PolicyKey#CONTEXT_MATCH}. */
    public MatchMode contextMatch() { return get(PolicyKey.CONTEXT_MATCH); }
    /** [organisation] {@link PolicyKey#ORGANISATION}. */
    public String organisation() { return get(PolicyKey.ORGANISATION); }
    /** [common-passwords] {@link PolicyKey#COMMON_PASSWORDS}. */
    public int commonPasswords() { return get(PolicyKey.COMMON_PASSWORDS); }
    /** [one-system] {@link PolicyKey#ONE_SYSTEM}. */
    public boolean oneSystem() { return get(PolicyKey.ONE_SYSTEM); }
    /** [history] {@link PolicyKey#HISTORY}. */
    public int history() { return get(PolicyKey.HISTORY); }
    /** [privileged-roles] {@link PolicyKey#PRIVILEGED_ROLES}. */
    public Set<String> privilegedRoles() { return get(PolicyKey.PRIVILEGED_ROLES); }
    /** [privileged-groups] {@link PolicyKey#PRIVILEGED_GROUPS}. */
    public Map<String, String> privilegedGroups() { return get(PolicyKey.PRIVILEGED_GROUPS); }
    /** [privileged-change] {@link PolicyKey#PRIVILEGED_CHANGE}. */
    public ChangeInterval privilegedChange() { return get(PolicyKey.PRIVILEGED_CHANGE); }
    /** [staff-change] {@link PolicyKey#STAFF_CHANGE}. */
    public ChangeInterval staffChange() { return get(PolicyKey.STAFF_CHANGE); }
    /** [change-grace-days] {@link PolicyKey#CHANGE_GRACE_DAYS}. */
    public int changeGraceDays() { return get(PolicyKey.CHANGE_GRACE_DAYS); }
    /** [calendar] {@link PolicyKey#CALENDAR}. */
    public Path calendar() { return get(PolicyKey.CALENDAR); }
    /** [mfa] {@link PolicyKey#MFA}. */
    public boolean mfa() { return get(PolicyKey.MFA); }
    /** [breach-indexes] {@link PolicyKey#BREACH_INDEXES}. */
    public List<String> breachIndexes() { return get(PolicyKey.BREACH_INDEXES); }
    /** [breach-online] {@link PolicyKey#BREACH_ONLINE}. */
    public boolean breachOnline() { return get(PolicyKey.BREACH_ONLINE); }
    /** [breach-fail-open] {@link PolicyKey#BREACH_FAIL_OPEN}. */
    public boolean breachFailOpen() { return get(PolicyKey.BREACH_FAIL_OPEN); }
    /** [breach-api-url] {@link PolicyKey#BREACH_API_URL}. */
    public String breachApiUrl() { return get(PolicyKey.BREACH_API_URL); }
    /** [date-order] {@link PolicyKey#DATE_ORDER}. */
    public String dateOrder() { return get(PolicyKey.DATE_ORDER); }

    /** Whether any character-class rule is on. */
    public boolean composition() {
        return requireLetter() || requireDigit() || requireSymbol();
    }

    /** The words of the {@code extra-words-file}, read when the key was set; empty without one. */
    public List<String> extraWordsFromFile() {
        return get(loaded, PolicyKey.EXTRA_WORDS_FILE, List.of());
    }

    /** Words from {@code extra-words} and {@code extra-words-file} together. */
    public List<String> allExtraWords() {
        List<String> all = new ArrayList<>(extraWords());
        all.addAll(extraWordsFromFile());
        return List.copyOf(all);
    }

    /** The term calendar the {@code calendar} key names, read when the key was set; empty when unset. */
    public Optional<TermCalendar> termCalendar() {
        return Optional.ofNullable(get(loaded, PolicyKey.CALENDAR, null));
    }

    Map<PolicyKey, Object> values() {
        return values;
    }

    Map<PolicyKey, Object> loaded() {
        return loaded;
    }

    private <T> T get(PolicyKey key) {
        return get(values, key, null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<PolicyKey, Object> map, PolicyKey key, T orElse) {
        Object v = map.get(key);
        return v == null ? orElse : (T) v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicySettings s && basePreset.equals(s.basePreset) && values.equals(s.values);
    }

    @Override
    public int hashCode() {
        return 31 * basePreset.hashCode() + values.hashCode();
    }

    @Override
    public String toString() {
        StringJoiner sj = new StringJoiner(", ", "PolicySettings[", "]");
        sj.add(PolicyKey.EXTENDS + "=" + basePreset);
        values.forEach((k, v) -> sj.add(k.key() + "=" + v));
        return sj.toString();
    }

    /** Builds settings on their own (no policy): for {@code policy show}, lint and the file reader. */
    public static final class Builder extends SettingsBuilder<Builder> {

        /** The {@code aup} defaults from the key table, recorded as based on {@code basePreset}. */
        Builder(String basePreset) {
            super(basePreset);
        }

        Builder(PolicySettings from) {
            super(from);
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
