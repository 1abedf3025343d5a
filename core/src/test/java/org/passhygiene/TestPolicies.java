package org.passhygiene;

import java.util.List;

/** Small policies that need no shipped list: the rules under test see only the words given here. */
public final class TestPolicies {

    private TestPolicies() {
    }

    /** The aup preset's rules with a tiny dictionary, no common-password list and no breach index. */
    public static PasswordPolicy.Builder aupWithWords(String... words) {
        return PasswordPolicy.builder("aup").dictionaries(List.of()).extraWords(List.of(words)).commonPasswords(0)
                .breachIndexes(List.of());
    }
}
