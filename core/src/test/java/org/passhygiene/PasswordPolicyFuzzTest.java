package org.passhygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.passhygiene.policy.Presets;
import org.passhygiene.rules.NoVisibleCharacterRule;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@link PasswordPolicy#check} never throws, under every preset, for any {@code char[]} (lone surrogates, controls,
 * megabytes), in bounded time; and the always-on rules agree with their definitions.
 *
 * <p>Input: byte 0 picks the preset, byte 1 the account (bit 1) and how the rest becomes chars (bit 0: UTF-16 code
 * units, any value; else UTF-8 decoded with replacement). Long run by hand: {@code JAZZER_FUZZ=1 ./mvnw -o -pl core
 * -am test -Dtest=PasswordPolicyFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PasswordPolicyFuzzTest {

    private static final List<PasswordPolicy> PRESETS = Presets.NAMES.stream().map(PasswordPolicy::preset).toList();
    private static final Account JANE = Account.of("jsmith").withFullName("Jane Smith")
            .withOrganisation("Oakfield Primary");
    private static final Duration BOUND = Duration.ofSeconds(5);

    @FuzzTest(maxDuration = "5m")
    void check(byte[] data) {
        if (data.length < 2) {
            return;
        }
        PasswordPolicy policy = PRESETS.get(Math.floorMod(data[0], PRESETS.size()));
        Account account = (data[1] & 2) != 0 ? JANE : Account.anonymous();
        char[] password = chars(data, (data[1] & 1) != 0);
        char[] copy = password.clone();
        CheckResult result = assertTimeoutPreemptively(BOUND, () -> policy.check(password, account));
        assertThat(password).as("the caller's array is not modified").isEqualTo(copy);
        assertThat(result.accepted()).isEqualTo(result.violations().isEmpty());
        for (Violation v : result.violations()) {
            assertThat(v.message()).isNotBlank();
            assertThat(v.clause()).isNotBlank();
        }
        if (result.has(ViolationCode.TOO_LONG)) {
            assertThat(result.violations()).hasSize(1);
            return;
        }
        String nfc = Normalizer.normalize(new String(password), Normalizer.Form.NFC);
        assertThat(result.has(ViolationCode.NO_VISIBLE_CHARACTER))
                .isEqualTo(nfc.codePoints().noneMatch(NoVisibleCharacterRule::isVisible));
        assertThat(result.has(ViolationCode.CONTROL_CHARACTER))
                .isEqualTo(nfc.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL));
    }

    private static char[] chars(byte[] data, boolean utf16) {
        if (utf16) {
            char[] out = new char[(data.length - 2) / 2];
            ByteBuffer.wrap(data, 2, out.length * 2).asCharBuffer().get(out);
            return out;
        }
        return new String(Arrays.copyOfRange(data, 2, data.length), StandardCharsets.UTF_8).toCharArray();
    }

    @Test
    void checkMutations() {
        MutatedInputs.run(MutatedInputs.seeds(getClass(), "check"), 3_000, 4 << 20, this::check);
    }
}
