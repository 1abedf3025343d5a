package org.passhygiene.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MessageBundleTest {

    @Test
    void fillsPlaceholdersOnceGroupingIntegers() {
        Map<String, Object> p = new HashMap<>();
        p.put("n", 100_000);
        p.put("big", 1_234_567L);
        p.put("text", "{n} stays as written");
        assertThat(MessageBundle.fill("{n} and {big}: {text}", p)).isEqualTo("100,000 and 1,234,567: {n} stays as written");
        assertThat(MessageBundle.fill("{missing} {", Map.of())).isEqualTo("null {");
        assertThat(MessageBundle.fill("a } b", Map.of())).isEqualTo("a } b");
    }

    @Test
    void clauseIsPrefixedWithTheActivePolicysLabel() {
        MessageBundle nist = MessageBundle.forLabel("NIST");
        assertThat(nist.clause("clause.TOO_SHORT", Map.of("minimumLength", 15))).isEqualTo("NIST: 15 or more characters");
        assertThat(nist.clauseLabel()).isEqualTo("NIST");
        assertThat(nist.has("clause.TOO_SHORT")).isTrue();
        assertThat(nist.has("clause.NO_SUCH_KEY")).isFalse();
    }

    @Test
    void intervalsAndRoleLists() {
        MessageBundle b = MessageBundle.forLabel("AUP");
        assertThat(b.interval("TERMLY", 0)).isEqualTo("at least once a term");
        assertThat(b.interval("EVERY", 1000)).isEqualTo("at least every 1000 days");
        assertThat(b.interval("NEVER", 0)).isEqualTo("when asked to");
        assertThat(MessageBundle.roleList(Set.of("slt", "office", "welfare"))).isEqualTo("SLT, office and welfare");
        assertThat(MessageBundle.roleList(List.of("it-admin"))).isEqualTo("it-admin");
        assertThat(MessageBundle.roleList(List.of())).isEqualTo("privileged");
    }

    @Test
    void numberedTextsStopAtTheFirstGap() {
        MessageBundle b = MessageBundle.forLabel("AUP");
        assertThat(b.texts("lint.NO_BLOCKLIST.guidance", Map.of())).hasSize(3)
                .first().isEqualTo("NIST SP 800-63B-4 §3.1.1.2 (Password Verifiers): SHALL compare a new password "
                        + "against a blocklist of commonly used, expected or compromised values.");
        assertThat(b.texts("lint.NO_SUCH.guidance", Map.of())).isEmpty();
    }
}
