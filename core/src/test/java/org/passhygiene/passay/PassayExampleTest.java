package org.passhygiene.passay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordValidator;
import org.passay.ValidationResult;
import org.passay.data.EnglishCharacterData;
import org.passay.rule.CharacterRule;
import org.passay.rule.LengthRule;
import org.passay.rule.Rule;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.rules.AccountPasswordData;
import org.passhygiene.rules.PolicyRules;

/**
 * The README's example of a plain Passay validator mixing Passay's rules and passhygiene's, compiled and run:
 * ReadmeSnippetsTest keeps the two in step.
 */
class PassayExampleTest {

    @Test
    void readmeExample() {
        char[] password = "oakf1eld-acorns".toCharArray();
        List<String> errors = new ArrayList<>();

        // --- README example starts ---
        PasswordPolicy policy = PasswordPolicy.builder().organisation("Oakfield Primary School").build();
        List<Rule> rules = new ArrayList<>();
        rules.add(new LengthRule(10, 64));                                  // Passay's own rules …
        rules.add(new CharacterRule(EnglishCharacterData.UpperCase, 1));
        rules.add(new CharacterRule(EnglishCharacterData.Digit, 2));
        rules.addAll(PolicyRules.create(policy.settings()));                // … beside passhygiene's
        PasswordValidator validator = new DefaultPasswordValidator(PolicyMessageResolver.forPolicy(policy), rules);
        try {
            ValidationResult result = validator.validate(new AccountPasswordData(password, "jsmith",
                    "Jane Smith", "Oakfield Primary School", "google", Set.of()));
            if (!result.isValid()) {
                errors.addAll(result.getMessages());                       // Passay's and passhygiene's
            }
        } finally {
            Arrays.fill(password, '\0');                                   // the caller owns the array
        }
        // --- README example ends ---

        assertThat(errors).containsExactly(
                "Password must contain 1 or more uppercase characters.",
                "Password must contain 2 or more digit characters.",
                "Password contains the organisation name ‘oakfield’ (written with look-alike characters)"
                        + " (AUP: does not contain a dictionary word or your own name)",
                "Password contains the dictionary word ‘acorns’ (AUP: does not contain a dictionary word)");
    }
}
