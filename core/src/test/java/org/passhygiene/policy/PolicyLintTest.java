package org.passhygiene.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.passhygiene.PasswordPolicy;

class PolicyLintTest {

    private static List<String> codes(PasswordPolicy.Builder b) {
        return PolicyLint.lint(b.settings()).stream().map(LintFinding::code).toList();
    }

    @Test
    void seedAupDepartsWhereTheGuidanceTableSays() {
        assertThat(codes(PasswordPolicy.builder("aup")))
                .containsExactly("COMPOSITION_RULES", "PERIODIC_EXPIRY", "GUESSABLE_DICTIONARY", "SHORT_MINIMUM");
        assertThat(codes(PasswordPolicy.builder("aup").dictionaryMatch(MatchMode.SUBSTRING)))
                .containsExactly("COMPOSITION_RULES", "PERIODIC_EXPIRY", "SUBSTRING_DICTIONARY", "SHORT_MINIMUM");
    }

    @Test
    void guessableFindingExplainsWhatCountsAndWhatSubstringDoes() {
        LintFinding f = PolicyLint.lint(PasswordPolicy.builder("aup").settings()).stream()
                .filter(x -> x.code().equals("GUESSABLE_DICTIONARY")).findFirst().orElseThrow();
        assertThat(f.setting()).contains("4+ letters", "en-gb, first-names, uk-places, football-clubs",
                "100,000 most common passwords", "less than 28 bits",
                "dictionary-match: substring rejects any listed word");
    }

    @Test
    void nistPresetMeetsTheGuidance() {
        assertThat(codes(PasswordPolicy.builder("nist"))).isEmpty();
    }

    @Test
    void ncscPresetIsShortOnlyForSingleFactorNist() {
        assertThat(codes(PasswordPolicy.builder("ncsc"))).containsExactly("SHORT_MINIMUM");
        assertThat(codes(PasswordPolicy.builder("ncsc").mfa(true))).isEmpty();
    }

    @Test
    void everyOtherDepartureIsFound() {
        PasswordPolicy.Builder b = PasswordPolicy.builder("nist").maxLength(32).commonPasswords(0)
                .contextMatch(MatchMode.OFF).oneSystem(false).staffChange(org.passhygiene.rotation.ChangeInterval.everyDays(365));
        assertThat(codes(b)).containsExactly("PERIODIC_EXPIRY", "SHORT_MAXIMUM", "NO_BLOCKLIST", "NO_CONTEXT_WORDS",
                "REUSE_ALLOWED");
    }

    @Test
    void findingsNameKeysAndSaferEquivalent() {
        LintFinding f = PolicyLint.lint(PasswordPolicy.builder("aup").settings()).get(0);
        assertThat(f.keys()).containsExactly("require-letter", "require-digit", "require-symbol");
        assertThat(f.guidance()).anyMatch(g -> g.startsWith("NIST SP 800-63B rev 4: verifiers SHALL NOT impose"));
        assertThat(f.safer()).contains("12+");
    }
}
