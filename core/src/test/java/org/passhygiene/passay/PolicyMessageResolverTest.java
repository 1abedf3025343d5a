package org.passhygiene.passay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.data.EnglishCharacterData;
import org.passay.resolver.MessageResolver;
import org.passay.resolver.PropertiesMessageResolver;
import org.passay.rule.CharacterRule;
import org.passay.rule.LengthRule;
import org.passay.rule.Rule;
import org.passhygiene.NoPasswordFragmentTest;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.rules.AccountPasswordData;
import org.passhygiene.rules.PolicyRules;

/** A plain Passay validator mixing Passay's rules and passhygiene's gets every message through the resolver. */
class PolicyMessageResolverTest {

    private static final PasswordPolicy AUP = PasswordPolicy.builder().organisation("Oakfield Primary School")
            .build();

    /** Passay's length and character rules beside the aup policy's rules (its own length rule: 8 to 64). */
    private static List<Rule> mixedRules(PasswordPolicy policy) {
        List<Rule> rules = new ArrayList<>();
        rules.add(new LengthRule(10, 64));
        rules.add(new CharacterRule(EnglishCharacterData.UpperCase, 1));
        rules.add(new CharacterRule(EnglishCharacterData.LowerCase, 1));
        rules.add(new CharacterRule(EnglishCharacterData.Special, 1));
        rules.addAll(PolicyRules.create(policy.settings()));
        return rules;
    }

    private static List<String> messages(MessageResolver resolver, PasswordPolicy policy, String password) {
        PasswordValidator validator = new DefaultPasswordValidator(resolver, mixedRules(policy));
        ValidationResult result = validator.validate(new AccountPasswordData(password.toCharArray(), "jsmith",
                "Jane Smith", "Oakfield Primary School", "google", Set.of()));
        return result.getMessages();
    }

    @Test
    void passayAndPasshygieneMessagesTogether() {
        assertThat(messages(PolicyMessageResolver.forPolicy(AUP), AUP, "sunshine7")).containsExactly(
                "Password must be at least 10 characters long (AUP: 10 or more characters)",
                "Password must contain 1 or more uppercase characters.",
                "Password must contain 1 or more special characters.",
                "Password must contain at least one symbol (such as ! ? # or a space)"
                        + " (AUP: numbers, letters and symbols)",
                "Password contains the dictionary word ‘sunshine’ (AUP: does not contain a dictionary word)",
                "Password has appeared in a data breach (AUP: not a password that has appeared in a breach)");
    }

    @Test
    void withoutTheResolverPassayHasNoTextForOurCodes() {
        List<String> plain = messages(new PropertiesMessageResolver(), AUP, "sunshine7");
        assertThat(plain).contains("Password must contain 1 or more uppercase characters.")
                .noneMatch(m -> m.contains("commonly used"));
    }

    @Test
    void clausesCarryTheLabelOfTheGivenPolicyOrTheDefault() {
        PasswordPolicy nist = PasswordPolicy.preset("nist");
        assertThat(messages(PolicyMessageResolver.forPolicy(nist), nist, "Short!1")).containsExactly(
                "Password must be at least 10 characters long (NIST: 10 or more characters)",
                "Password must be at least 15 characters long (NIST: 15 or more characters)",
                "Password contains the dictionary word ‘short’ (NIST: does not contain a dictionary word)");
        assertThat(PolicyMessageResolver.create().clauseLabel())
                .isEqualTo(PolicyMessageResolver.DEFAULT_CLAUSE_LABEL)
                .isEqualTo(PasswordPolicy.defaults().settings().clauseLabel());
        assertThat(PolicyMessageResolver.forLabel("Staff AUP").resolve(
                new RuleResultDetail("MISSING_DIGIT", Map.of())))
                .isEqualTo("Password must contain at least one number (Staff AUP: numbers, letters and symbols)");
    }

    @Test
    void unknownCodesGoToTheDelegate() {
        RuleResultDetail passays = new CharacterRule(EnglishCharacterData.Digit, 2)
                .validate(new PasswordData("no-digits")).getDetails().get(0);
        RuleResultDetail madeUp = new RuleResultDetail("MADE_UP", Map.of());
        PolicyMessageResolver resolver = PolicyMessageResolver.create();
        assertThat(resolver.resolve(passays)).isEqualTo(new PropertiesMessageResolver().resolve(passays))
                .isEqualTo("Password must contain 2 or more digit characters.");
        assertThat(resolver.resolve(madeUp)).isEqualTo(new PropertiesMessageResolver().resolve(madeUp));

        PolicyMessageResolver custom = resolver.delegatingTo(d -> "other: " + d.getErrorCode());
        assertThat(custom.resolve(madeUp)).isEqualTo("other: MADE_UP");
        assertThat(custom.resolve(new RuleResultDetail("MISSING_SYMBOL", Map.of())))
                .isEqualTo("Password must contain at least one symbol (such as ! ? # or a space)"
                        + " (AUP: numbers, letters and symbols)");
        // The first of a detail's codes that is ours wins; before it, unknown ones are skipped.
        assertThat(custom.resolve(new RuleResultDetail(new String[] {"MADE_UP", "TOO_SHORT"},
                Map.of("minimumLength", 12, "maximumLength", 64))))
                .isEqualTo("Password must be at least 12 characters long (AUP: 12 or more characters)");
        // Our code without the parameters our rules give it: no text of ours fits, so the delegate's.
        assertThat(custom.resolve(new RuleResultDetail("CONTEXT_WORD", Map.of()))).isEqualTo("other: CONTEXT_WORD");
        assertThat(resolver).hasToString("PolicyMessageResolver[AUP, else PropertiesMessageResolver]");
    }

    @Test
    void nullsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> PolicyMessageResolver.forLabel(null));
        assertThatNullPointerException().isThrownBy(() -> PolicyMessageResolver.forPolicy(null));
        assertThatNullPointerException().isThrownBy(() -> PolicyMessageResolver.create().delegatingTo(null));
        assertThatNullPointerException().isThrownBy(() -> PolicyMessageResolver.create().resolve(null));
    }

    /** No message, Passay's or passhygiene's, carries the password or a fragment of it (listed words aside). */
    @ParameterizedTest
    @ValueSource(strings = {"sunshine7", "Jsmith-2024!", "0akf1eld-Prim4ry", "Xq9!", "qwertyuiop", "htimsj!!Secret",
        "zqx jvk", "Vwk7vwk7Vwk7!"})
    void noMessageCarriesThePassword(String password) {
        PolicyMessageResolver resolver = PolicyMessageResolver.forPolicy(AUP);
        PasswordValidator validator = new DefaultPasswordValidator(resolver, mixedRules(AUP));
        ValidationResult result = validator.validate(new AccountPasswordData(password.toCharArray(), "jsmith",
                "Jane Smith", "Oakfield Primary School", "google", Set.of()));
        List<String> listed = result.getDetails().stream()
                .map(d -> d.getParameters().get("word")).filter(w -> w != null).map(Object::toString).toList();
        assertThat(result.getMessages()).hasSameSizeAs(result.getDetails());
        NoPasswordFragmentTest.assertNoFragment(String.join("\n", result.getMessages()), password, listed);
    }
}
