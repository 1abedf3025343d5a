package org.passhygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run: ReadmeSnippetsTest keeps the two in step. */
class EmbeddingExampleTest {

    @Test
    void readmeExample() {
        Path policyFile = Path.of("src/test/resources/policies/valid.yaml");
        char[] password = "Oakf1eld-Acorns!".toCharArray();
        List<String> errors = new ArrayList<>();

        // --- README example starts ---
        PasswordPolicy policy = PasswordPolicy.load(policyFile);   // or PasswordPolicy.defaults() for the AUP
        try {
            CheckResult result = policy.check(password, Account.of("jsmith")
                    .withFullName("Jane Smith")
                    .withOrganisation("Oakfield Primary School"));
            if (!result.accepted()) {
                for (Violation v : result.violations()) {
                    errors.add(v.code() + ": " + v.message() + " (" + v.clause() + ")");
                }
            }
        } finally {
            Arrays.fill(password, '\0');                            // the caller owns the array
        }
        // --- README example ends ---

        assertThat(errors).containsExactly(
                "CONTEXT_WORD: contains the organisation name ‘oakfield’ (written with look-alike characters) (AUP:"
                        + " does not contain a dictionary word or your own name)",
                "DICTIONARY_WORD: contains the dictionary word ‘oakfield’ (written with look-alike characters) (AUP:"
                        + " does not contain a dictionary word)");
    }
}
