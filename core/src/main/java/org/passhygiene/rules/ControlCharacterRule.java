package org.passhygiene.rules;

import java.util.Map;

import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.Rule;

/**
 * CONTROL_CHARACTER: the password contains a control character (general category Cc: the C0 controls U+0000–U+001F
 * such as NUL, tab, line feed and escape, DEL U+007F, and the C1 controls U+0080–U+009F) anywhere. Always on, in
 * every preset: they cannot be typed at a sign-in box, are cut or mangled by the systems a password is copied
 * into, and are invisible. Format characters (direction marks, zero-width joiners) inside an otherwise visible
 * password are allowed: right-to-left text and emoji sequences use them.
 */
public final class ControlCharacterRule implements Rule {

    @Override
    public RuleResult validate(PasswordData data) {
        boolean control = AccountPasswordData.withChars(data, ControlCharacterRule::anyControl);
        return control ? new FailureRuleResult(new RuleResultDetail("CONTROL_CHARACTER", Map.of()))
                : new SuccessRuleResult();
    }

    private static boolean anyControl(char[] chars) {
        for (char c : chars) {
            // Every Cc code point is in the BMP, so a char test is exact (surrogates are never Cc).
            if (Character.getType(c) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ControlCharacterRule";
    }
}
