package org.passhygiene.policy;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passhygiene.rotation.ChangeInterval;

/**
 * The effective values of every policy key, presets resolved. A value; see {@link PolicyKey} for what each means.
 */
public record PolicySettings(
        String name,
        String basePreset,
        String clauseLabel,
        int minLength,
        int maxLength,
        boolean requireLetter,
        boolean requireDigit,
        boolean requireSymbol,
        MatchMode dictionaryMatch,
        List<String> dictionaries,
        List<String> extraWords,
        Path extraWordsFile,
        int minWordLength,
        boolean leet,
        boolean reversedWords,
        MatchMode contextMatch,
        String organisation,
        int commonPasswords,
        boolean oneSystem,
        int history,
        Set<String> privilegedRoles,
        Map<String, String> privilegedGroups,
        ChangeInterval privilegedChange,
        ChangeInterval staffChange,
        int changeGraceDays,
        Path calendar,
        boolean mfa,
        List<String> breachIndexes,
        boolean breachOnline,
        boolean breachFailOpen,
        String breachApiUrl,
        String dateOrder) {

    /** The settings with {@code date-order} unset (the presets). */
    public PolicySettings(String name, String basePreset, String clauseLabel, int minLength, int maxLength,
                          boolean requireLetter, boolean requireDigit, boolean requireSymbol, MatchMode dictionaryMatch,
                          List<String> dictionaries, List<String> extraWords, Path extraWordsFile, int minWordLength,
                          boolean leet, boolean reversedWords, MatchMode contextMatch, String organisation,
                          int commonPasswords, boolean oneSystem, int history, Set<String> privilegedRoles,
                          Map<String, String> privilegedGroups, ChangeInterval privilegedChange,
                          ChangeInterval staffChange, int changeGraceDays, Path calendar, boolean mfa,
                          List<String> breachIndexes, boolean breachOnline, boolean breachFailOpen,
                          String breachApiUrl) {
        this(name, basePreset, clauseLabel, minLength, maxLength, requireLetter, requireDigit, requireSymbol,
                dictionaryMatch, dictionaries, extraWords, extraWordsFile, minWordLength, leet, reversedWords,
                contextMatch, organisation, commonPasswords, oneSystem, history, privilegedRoles, privilegedGroups,
                privilegedChange, staffChange, changeGraceDays, calendar, mfa, breachIndexes, breachOnline,
                breachFailOpen, breachApiUrl, null);
    }

    public PolicySettings {
        dictionaries = List.copyOf(dictionaries);
        extraWords = List.copyOf(extraWords);
        privilegedRoles = Set.copyOf(privilegedRoles);
        privilegedGroups = Collections.unmodifiableMap(new LinkedHashMap<>(privilegedGroups));
        breachIndexes = List.copyOf(breachIndexes);
    }

    /** Whether any character-class rule is on. */
    public boolean composition() {
        return requireLetter || requireDigit || requireSymbol;
    }
}
