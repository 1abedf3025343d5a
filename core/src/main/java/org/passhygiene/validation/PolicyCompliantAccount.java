package org.passhygiene.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The bean's password property passes the password policy for the account the bean describes: its username and
 * full name properties are context words (a password containing the username is rejected). Violations are reported
 * on the password property. A null password is valid (add {@code @NotNull} to it to require one); null or missing
 * username/full name values are simply not used.
 *
 * <p>A property is read through a public no-argument method {@code getName()}, {@code name()} (records) or
 * {@code isName()}, else the field of that name.
 *
 * <pre>{@code
 * @PolicyCompliantAccount(password = "password", username = "username", fullName = "fullName")
 * public class SignUpForm { ... }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = PolicyCompliantAccountValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PolicyCompliantAccount {

    /** Not shown: each violation gets the message of its policy rule. Used only if a provider ignores those. */
    String message() default "does not meet the password policy";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A name given to {@link ValidationPolicies#register}, or a preset; empty: the default policy. */
    String policy() default "";

    /** The property holding the password: a {@code String}, {@code CharSequence} or {@code char[]}. */
    String password() default "password";

    /** The property holding the username; empty: none. */
    String username() default "username";

    /** The property holding the person's full name; empty: none. */
    String fullName() default "";
}
