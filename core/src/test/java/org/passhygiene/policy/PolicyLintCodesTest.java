package org.passhygiene.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.messages.MessageBundle;
import org.passhygiene.rotation.ChangeInterval;

/** Lint results carry a {@link LintCode} and take every text from the message bundle. */
class PolicyLintCodesTest {

    @Test
    void everyCodeHasItsTextsInTheBundle() {
        MessageBundle b = MessageBundle.forLabel("AUP");
        for (LintCode code : LintCode.values()) {
            String base = "lint." + code.name() + ".";
            assertThat(b.has(base + "setting")).as(code.name()).isTrue();
            assertThat(b.has(base + "safer")).as(code.name()).isTrue();
            assertThat(b.texts(base + "guidance", Map.of())).as(code.name()).isNotEmpty();
        }
    }

    @Test
    void everyCodeIsReachableAndRendersCompletely() {
        Set<LintCode> seen = EnumSet.noneOf(LintCode.class);
        List<PasswordPolicy.Builder> policies = List.of(PasswordPolicy.builder("aup"),
                PasswordPolicy.builder("aup").dictionaryMatch(MatchMode.SUBSTRING).mfa(true).minLength(6),
                PasswordPolicy.builder("nist").maxLength(32).commonPasswords(0).contextMatch(MatchMode.OFF)
                        .oneSystem(false).staffChange(ChangeInterval.everyDays(365)));
        for (PasswordPolicy.Builder p : policies) {
            for (LintFinding f : PolicyLint.lint(p.settings())) {
                seen.add(f.lintCode());
                assertThat(f.code()).isEqualTo(f.lintCode().name());
                assertThat(f.setting() + f.safer() + String.join("", f.guidance())).doesNotContain("{", "}", "null");
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(LintCode.values());
    }

    @Test
    void periodicExpiryNamesBothRules() {
        LintFinding f = PolicyLint.lint(PasswordPolicy.builder("aup").staffChange(ChangeInterval.everyDays(365))
                .settings()).get(1);
        assertThat(f.lintCode()).isEqualTo(LintCode.PERIODIC_EXPIRY);
        assertThat(f.keys()).containsExactly("privileged-change", "staff-change");
        assertThat(f.setting()).isEqualTo("privileged roles office/slt/welfare change termly; all staff change every 365d");
    }

    @Test
    void onlyLintCodesAreCodes() {
        assertThatThrownBy(() -> new LintFinding("NOT_A_CODE", List.of(), "s", List.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
