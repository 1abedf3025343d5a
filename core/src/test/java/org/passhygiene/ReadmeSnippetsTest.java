package org.passhygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Java example in README.md is the code of a test that compiles and runs it. */
class ReadmeSnippetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"org/passhygiene/EmbeddingExampleTest.java",
        "org/passhygiene/store/ProvisioningExampleTest.java",
        "org/passhygiene/validation/SignUpFormExampleTest.java", "org/passhygiene/passay/PassayExampleTest.java",
        "org/passhygiene/generator/GeneratorExampleTest.java"})
    void readmeShowsTheTestedCode(String test) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/java").resolve(test));
        int start = lines.indexOf(lines.stream().filter(l -> l.contains("--- README example starts ---"))
                .findFirst().orElseThrow()) + 1;
        int end = lines.indexOf(lines.stream().filter(l -> l.contains("--- README example ends ---"))
                .findFirst().orElseThrow());
        List<String> snippet = lines.subList(start, end);
        int indent = snippet.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        String expected = snippet.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).as("README.md must contain the example from " + test).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void readmeDocumentsEveryPolicyKeyAndCode() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        for (org.passhygiene.policy.PolicyKey key : org.passhygiene.policy.PolicyKey.values()) {
            assertThat(readme).as("policy key reference").contains("| `" + key.key() + "` |");
        }
        for (ViolationCode code : ViolationCode.values()) {
            assertThat(readme).as("violation code reference").contains("| `" + code.name() + "` |");
        }
    }
}
