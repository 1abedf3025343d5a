package org.passhygiene.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.passhygiene.ViolationCode;

/**
 * Hibernate Validator extras; loaded only when Hibernate Validator is on the class path (it is an optional
 * dependency of core, like {@code jakarta.validation-api}).
 */
final class HibernateSupport {

    private HibernateSupport() {
    }

    /**
     * Makes the code of the next violation built on {@code context} available: as its dynamic payload
     * ({@code HibernateConstraintViolation.getDynamicPayload(ViolationCode.class)}) and as message parameter
     * {@code code}. Both apply to the violations built after the call; a context of another provider is left alone.
     */
    static void codes(ConstraintValidatorContext context, ViolationCode code) {
        HibernateConstraintValidatorContext h;
        try {
            h = context.unwrap(HibernateConstraintValidatorContext.class);
        } catch (ValidationException e) {
            return;
        }
        h.withDynamicPayload(code);
        h.addMessageParameter("code", code.name());
    }
}
