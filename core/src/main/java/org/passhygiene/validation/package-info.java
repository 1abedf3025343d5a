/**
 * Jakarta Bean Validation constraints over a {@link org.passhygiene.PasswordPolicy}: {@link PolicyCompliant} on a
 * {@code String}, {@code CharSequence} or {@code char[]} field or parameter, and {@link PolicyCompliantAccount} on a
 * class whose username and full name are context words for the check.
 *
 * <p>{@code jakarta.validation-api} is an optional dependency of core: an application that uses this package brings
 * it (and a provider, e.g. Hibernate Validator, which Spring Boot's {@code spring-boot-starter-validation} brings).
 *
 * <p>Policy lookup: the constraint's {@code policy} attribute names a policy registered at start-up with
 * {@link ValidationPolicies#register(String, org.passhygiene.PasswordPolicy)} or a preset ({@code aup},
 * {@code nist}, ...); the empty default means the policy registered with
 * {@link ValidationPolicies#setDefault(org.passhygiene.PasswordPolicy)}, or {@link org.passhygiene.PasswordPolicy#defaults()}.
 *
 * <p>Each policy violation is one constraint violation whose message is {@link org.passhygiene.Violation#message()}
 * (from {@code org/passhygiene/Messages.properties}) on the password property. Under Hibernate Validator the
 * {@link org.passhygiene.ViolationCode} is the violation's dynamic payload
 * ({@code cv.unwrap(HibernateConstraintViolation.class).getDynamicPayload(ViolationCode.class)}) and the message
 * parameter {@code code}. A null value is valid (Bean Validation convention: add {@code @NotNull} to require one).
 */
package org.passhygiene.validation;
