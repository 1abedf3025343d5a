package org.passhygiene.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated {@code String}, {@code CharSequence} or {@code char[]} passes the password policy (with no account
 * context; use {@link PolicyCompliantAccount} on the class to check the username and full name too). Null is valid:
 * add {@code @NotNull} to require a value. Each policy violation is reported as its own constraint violation with
 * the message of our bundle; see the package documentation for the codes and how the policy is found.
 */
@Documented
@Constraint(validatedBy = {PolicyCompliantValidator.ForCharSequence.class, PolicyCompliantValidator.ForChars.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PolicyCompliant {

    /** Not shown: each violation gets the message of its policy rule. Used only if a provider ignores those. */
    String message() default "does not meet the password policy";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A name given to {@link ValidationPolicies#register}, or a preset; empty: the default policy. */
    String policy() default "";
}
