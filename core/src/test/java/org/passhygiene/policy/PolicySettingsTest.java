package org.passhygiene.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings exist only validated: every route runs the key checks and the cross-key checks. */
class PolicySettingsTest {

    @Test
    void thereIsNoPublicWayToBuildUncheckedSettings() {
        assertThat(PolicySettings.class.getConstructors()).isEmpty();
        assertThat(PolicySettings.Builder.class.getConstructors()).isEmpty();
        assertThat(SettingsBuilder.class.getDeclaredConstructors()).noneMatch(c -> Modifier.isPublic(c.getModifiers()));
        assertThat(Arrays.stream(SettingsBuilder.class.getDeclaredConstructors()).filter(c -> Modifier.isProtected(
                c.getModifiers()))).allMatch(c -> c.getParameterTypes()[0] == PolicySettings.class);
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

    @Test
    void filesNamedByKeysAreReadOnceWhenSetAndTravelWithTheSettings(@TempDir Path dir) throws Exception {
        Path words = Files.writeString(dir.resolve("words.txt"), "oakfield\nacorns\n");
        Path policy = Files.writeString(dir.resolve("p.yaml"), "extends: ncsc\nextra-words-file: words.txt\n");
        PolicySettings s = PolicyFile.read(policy);
        Files.delete(words);
        assertThat(s.extraWordsFile()).isEqualTo(words.toAbsolutePath().normalize());
        assertThat(s.extraWordsFromFile()).containsExactly("oakfield", "acorns");
        assertThat(s.toBuilder().minLength(14).settings().allExtraWords()).containsExactly("oakfield", "acorns");
        assertThatThrownBy(() -> s.toBuilder().extraWordsFile(words)).isInstanceOf(PolicyException.class)
                .hasMessage("extra-words-file=" + words + ": cannot be read: no such file");
    }
}
