package org.passhygiene.rules;

import java.util.Map;
import java.util.Objects;

import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.Rule;

/** Requires at least one code point of a {@link CharacterClass}: MISSING_LETTER, MISSING_DIGIT or MISSING_SYMBOL. */
public final class CharacterClassRule implements Rule {

    private final CharacterClass characterClass;
    private final String errorCode;

    public CharacterClassRule(CharacterClass characterClass) {
        this.characterClass = Objects.requireNonNull(characterClass, "characterClass");
        this.errorCode = "MISSING_" + characterClass.name();
    }

    @Override
    public RuleResult validate(PasswordData data) {
        boolean found = AccountPasswordData.withChars(data, this::contains);
        return found ? new SuccessRuleResult() : new FailureRuleResult(new RuleResultDetail(errorCode, Map.of()));
    }

    private boolean contains(char[] chars) {
        for (int i = 0; i < chars.length; ) {
            int cp = Character.codePointAt(chars, i);
            if (characterClass.test(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    @Override
    public String toString() {
        return "CharacterClassRule[" + characterClass + "]";
    }
}
