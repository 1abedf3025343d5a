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
    void dfePresetMeetsTheGuidance() {
        assertThat(codes(PasswordPolicy.builder("dfe"))).isEmpty();
        PolicySettings dfe = Presets.settings("dfe");
        assertThat(dfe.minLength()).isEqualTo(12);
        assertThat(dfe.composition()).isFalse();
        assertThat(dfe.dictionaryMatch()).isEqualTo(MatchMode.WHOLE);
        assertThat(dfe.commonPasswords()).isEqualTo(100_000);
        assertThat(dfe.breachIndexes()).isNotEmpty();
        assertThat(dfe.privilegedChange()).isEqualTo(org.passhygiene.rotation.ChangeInterval.NEVER);
        assertThat(dfe.staffChange()).isEqualTo(org.passhygiene.rotation.ChangeInterval.NEVER);
        assertThat(dfe.mfa()).isTrue();
        assertThat(dfe.clauseLabel()).isEqualTo("DfE");
        // without MFA after all, Cyber Essentials' 12 still holds; only NIST's 15 single-factor is short
        assertThat(codes(PasswordPolicy.builder("dfe").mfa(false))).containsExactly("SHORT_MINIMUM");
    }

    /** Every guidance line names its source document and section before what it says. */
    @Test
    void everyGuidanceLineCitesItsSource() {
        java.util.regex.Pattern cited = java.util.regex.Pattern.compile("(NIST SP 800-63B-4 §3\\.1\\.1\\.2 \\(Password "
                + "Verifiers\\)|Cyber Essentials v3\\.2, password-based authentication|DfE cyber security standards, "
                + "\"[A-Z][^\"]+\"|NCSC, (Password policy \\(updating your approach\\)|Three random words)): \\S.*");
        List<PasswordPolicy.Builder> policies = List.of(PasswordPolicy.builder("aup"),
                PasswordPolicy.builder("aup").dictionaryMatch(MatchMode.SUBSTRING).mfa(true).minLength(6),
                PasswordPolicy.builder("nist").maxLength(32).commonPasswords(0).contextMatch(MatchMode.OFF)
                        .oneSystem(false).staffChange(org.passhygiene.rotation.ChangeInterval.everyDays(365)));
        java.util.Set<LintCode> seen = java.util.EnumSet.noneOf(LintCode.class);
        for (PasswordPolicy.Builder p : policies) {
            for (LintFinding f : PolicyLint.lint(p.settings())) {
                seen.add(f.lintCode());
                assertThat(f.guidance()).as(f.code()).isNotEmpty().allMatch(g -> cited.matcher(g).matches());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(LintCode.values());
    }

    @Test
    void lintTextsExactly() {
        LintFinding expiry = PolicyLint.lint(PasswordPolicy.builder("aup").settings()).get(1);
        assertThat(expiry.guidance()).containsExactly(
                "NIST SP 800-63B-4 §3.1.1.2 (Password Verifiers): verifiers SHALL NOT require periodic change; they "
                        + "SHALL force a change on evidence of compromise.",
                "Cyber Essentials v3.2, password-based authentication: no regular expiry; change a password promptly "
                        + "when it is known or suspected to be compromised.",
                "DfE cyber security standards, \"Accounts should only have the access they require to perform their "
                        + "role and should be authenticated to access data and services\": the termly duty is to "
                        + "review accounts and access, not to change passwords (no DfE standard asks for termly password "
                        + "changes).");
        assertThat(expiry.safer()).isEqualTo("change on compromise (passhygiene store mark-compromised), MFA on "
                + "privileged MIS accounts and a termly access review (passhygiene audit --compare); keep a termly "
                + "change only if the school's AUP asks for it on purpose, and record why");
        LintFinding shortMfa = PolicyLint.lint(PasswordPolicy.builder("nist").mfa(true).minLength(6).settings())
                .get(0);
        assertThat(shortMfa.setting()).isEqualTo("minimum length 6 with MFA");
        assertThat(shortMfa.guidance()).containsExactly(
                "NIST SP 800-63B-4 §3.1.1.2 (Password Verifiers): at least 8 characters when the password is used "
                        + "within multi-factor authentication.",
                "Cyber Essentials v3.2, password-based authentication: the password of MFA has at least 8 characters.",
                "DfE cyber security standards, \"Protect accounts with access to personal or sensitive operational "
                        + "data and functions by multi-factor authentication\": MFA on staff accounts with access to cloud "
                        + "services or remote access and on every IT administrator account; audit shows who is not "
                        + "enrolled.");
        LintFinding shortSingle = PolicyLint.lint(PasswordPolicy.builder("ncsc").settings()).get(0);
        assertThat(shortSingle.guidance()).containsExactly(
                "NIST SP 800-63B-4 §3.1.1.2 (Password Verifiers): at least 15 characters when the password is the "
                        + "only factor.",
                "Cyber Essentials v3.2, password-based authentication: at least 12 characters, or at least 8 with MFA "
                        + "or with automatic blocking of common passwords (a deny list).");
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
        assertThat(f.guidance()).anyMatch(g -> g.startsWith("NIST SP 800-63B-4 §3.1.1.2 (Password Verifiers): "
                + "verifiers SHALL NOT impose"));
        assertThat(f.safer()).contains("12+");
    }
}
