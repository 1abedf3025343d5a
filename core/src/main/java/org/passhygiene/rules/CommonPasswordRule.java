package org.passhygiene.rules;

import java.util.Map;
import java.util.Objects;

import org.passay.FailureRuleResult;
import org.passay.PasswordData;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.SuccessRuleResult;
import org.passay.rule.Rule;
import org.passhygiene.dictionary.CommonPasswordList;

/** COMMON_PASSWORD: the whole password (case-insensitive) is on the common-password list. */
public final class CommonPasswordRule implements Rule {

    private final CommonPasswordList list;

    CommonPasswordRule(CommonPasswordList list) {
        this.list = Objects.requireNonNull(list, "list");
    }

    @Override
    public RuleResult validate(PasswordData data) {
        boolean common = AccountPasswordData.withChars(data, chars -> list.contains(chars, chars.length));
        return common
                ? new FailureRuleResult(new RuleResultDetail("COMMON_PASSWORD", Map.of("listSize", list.size())))
                : new SuccessRuleResult();
    }

    @Override
    public String toString() {
        return "CommonPasswordRule[" + list.size() + "]";
    }
}
