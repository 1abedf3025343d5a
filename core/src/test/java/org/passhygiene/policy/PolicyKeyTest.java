package org.passhygiene.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The key table is the one source: the README reference, the aup preset and every builder path come from it. */
class PolicyKeyTest {

    @Test
    void readmeKeyReferenceIsTheRenderedTable() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).as("README.md policy key reference: paste PolicyKey.markdownTable()")
                .contains(PolicyKey.markdownTable());
    }

    @ParameterizedTest
    @EnumSource(PolicyKey.class)
    void aupIsTheTableDefaultsAndEveryKeyHasADescribedValue(PolicyKey key) {
        PolicySettings aup = Presets.settings("aup");
        assertThat(aup.value(key)).isEqualTo(key.kind().check(key, key.defaultValue()));
        assertThat(key.description()).isNotBlank().doesNotContain("`");
        assertThat(key.valueText()).isNotBlank();
        assertThat(key.methodName()).doesNotContain("-");
    }

    @Test
    void rangesComeFromTheKindNotTheDescription() {
        assertThat(PolicyKey.MIN_LENGTH.valueText()).isEqualTo("whole number, 1 to 256");
        assertThat(PolicyKey.MIN_LENGTH.description()).doesNotContain("256");
        assertThat(PolicyKey.DATE_ORDER.valueText()).isEqualTo("dmy, mdy or ymd");
        assertThat(PolicyKey.HISTORY.comment()).endsWith("Value: whole number, 0 to 50.");
    }

    @Test
    void settingsBuiltAnyWayAreCheckedAsAWhole() {
        PolicySettings.Builder b = PolicySettings.builder("nist").minLength(20).maxLength(12);
        assertThatThrownBy(b::settings).isInstanceOf(PolicyException.class)
                .hasMessage("min-length=20: must not exceed max-length=12");
        PolicySettings.Builder words = PolicySettings.builder("aup").dictionaries(List.of());
        assertThatThrownBy(words::settings).isInstanceOf(PolicyException.class)
                .hasMessage("dictionary-match=guessable: needs at least one entry in dictionaries or extra-words (or"
                        + " set dictionary-match: off)");
        assertThat(words.extraWords(List.of("acorns")).settings().allExtraWords()).containsExactly("acorns");
    }

    @Test
    void valuesAreNormalisedOnceWhateverTheRoute() {
        PolicySettings s = PolicySettings.builder("ncsc").privilegedRoles(java.util.Set.of(" SLT ", "IT-Admin"))
                .privilegedGroups(Map.of(" Domain Admins ", " IT-Admin ")).dateOrder(" DMY ").name("  Oak  ")
                .settings();
        assertThat(s.privilegedRoles()).containsExactlyInAnyOrder("slt", "it-admin");
        assertThat(s.privilegedGroups()).containsExactly(Map.entry("Domain Admins", "it-admin"));
        assertThat(s.dateOrder()).isEqualTo("dmy");
        assertThat(s.name()).isEqualTo("Oak");
        assertThat(s.toBuilder().settings()).isEqualTo(s).hasSameHashCodeAs(s);
        assertThat(PolicyKey.PRIVILEGED_ROLES.get(s)).isEqualTo(List.of("it-admin", "slt"));
    }

    @Test
    void aRequiredKeyRefusesNullNamingTheBuilderParameter() {
        assertThatThrownBy(() -> PolicySettings.builder("aup").dictionaryMatch(null))
                .isInstanceOf(NullPointerException.class).hasMessage("dictionaryMatch");
        assertThat(PolicySettings.builder("aup").organisation(null).dateOrder(null).settings().organisation())
                .isNull();
    }
}
