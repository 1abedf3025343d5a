package org.passhygiene.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.passhygiene.Account;

/**
 * The validators of {@link PolicyCompliant}, one per supported type. Public only because Bean Validation providers
 * instantiate them; applications use the annotation.
 */
public final class PolicyCompliantValidator {

    private PolicyCompliantValidator() {
    }

    /** {@link PolicyCompliant} on a {@code String} or other {@code CharSequence}. */
    public static final class ForCharSequence implements ConstraintValidator<PolicyCompliant, CharSequence> {

        private String policy;

        @Override
        public void initialize(PolicyCompliant annotation) {
            policy = annotation.policy();                  // looked up per call: set at start-up
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return Passwords.check(ValidationPolicies.lookup(policy), value, Account.anonymous(), context, null);
        }
    }

    /** {@link PolicyCompliant} on a {@code char[]}: the array is checked in place, not copied, not cleared. */
    public static final class ForChars implements ConstraintValidator<PolicyCompliant, char[]> {

        private String policy;

        @Override
        public void initialize(PolicyCompliant annotation) {
            policy = annotation.policy();                  // looked up per call: set at start-up
        }

        @Override
        public boolean isValid(char[] value, ConstraintValidatorContext context) {
            return Passwords.check(ValidationPolicies.lookup(policy), value, Account.anonymous(), context, null);
        }
    }
}
