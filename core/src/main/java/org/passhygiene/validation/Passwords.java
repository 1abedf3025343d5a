package org.passhygiene.validation;

import java.util.Arrays;

import jakarta.validation.ConstraintValidatorContext;

import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.Violation;

/**
 * Checks a password value against a policy and reports each violation as its own constraint violation. Copies of
 * the password are char arrays, cleared after the check; no String of the password is made.
 */
final class Passwords {

    private static final boolean HIBERNATE = hibernatePresent();

    private Passwords() {
    }

    /**
     * True when {@code value} (a {@code CharSequence} or {@code char[]}, or null: valid) passes the policy for the
     * account; otherwise the violations are added to the context, on {@code property} when not null.
     *
     * @throws IllegalArgumentException if the value is of another type
     */
    static boolean check(PasswordPolicy policy, Object value, Account account, ConstraintValidatorContext context,
            String property) {
        if (value == null) {
            return true;
        }
        CheckResult result;
        if (value instanceof char[] chars) {
            result = policy.check(chars, account);              // the caller's array: checked, not kept, not cleared
        } else if (value instanceof CharSequence text) {
            char[] copy = new char[text.length()];
            try {
                for (int i = 0; i < copy.length; i++) {
                    copy[i] = text.charAt(i);
                }
                result = policy.check(copy, account);
            } finally {
                Arrays.fill(copy, '\0');
            }
        } else {
            throw new IllegalArgumentException("a password must be a CharSequence or char[], not "
                    + value.getClass().getName());
        }
        if (result.accepted()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Violation v : result.violations()) {
            if (HIBERNATE) {
                HibernateSupport.codes(context, v.code());
            }
            var builder = context.buildConstraintViolationWithTemplate(literal(v.message()));
            if (property != null) {
                builder.addPropertyNode(property).addConstraintViolation();
            } else {
                builder.addConstraintViolation();
            }
        }
        return false;
    }

    /** A message template that interpolates to exactly {@code text}: the template metacharacters escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean hibernatePresent() {
        try {
            Class.forName("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext", false,
                    Passwords.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
