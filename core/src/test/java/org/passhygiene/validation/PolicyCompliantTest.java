package org.passhygiene.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.Violation;
import org.passhygiene.ViolationCode;

/** The constraints under Hibernate Validator 9 (the provider Spring Boot uses). */
class PolicyCompliantTest {

    private static final String STRONG = "xK#9vq!Lp2@z";

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @AfterEach
    void forget() {
        ValidationPolicies.clear();
    }

    static final class Field {
        @PolicyCompliant
        String password;

        Field(String password) {
            this.password = password;
        }
    }

    static final class Chars {
        @PolicyCompliant
        char[] password;

        Chars(char[] password) {
            this.password = password;
        }
    }

    static final class Sequence {
        @PolicyCompliant(policy = "nist")
        CharSequence password;

        Sequence(CharSequence password) {
            this.password = password;
        }
    }

    static final class Named {
        @PolicyCompliant(policy = "school")
        String password;

        Named(String password) {
            this.password = password;
        }
    }

    @PolicyCompliantAccount(password = "password", username = "username", fullName = "fullName")
    record SignUp(String username, String fullName, char[] password) {
    }

    @PolicyCompliantAccount(username = "login")
    static final class Bean {
        private final String login;
        private final String password;

        Bean(String login, String password) {
            this.login = login;
            this.password = password;
        }

        public String getLogin() {
            return login;
        }
    }

    @PolicyCompliantAccount(password = "secret")
    record Misnamed(String password) {
    }

    /** The messages and codes the policy itself gives, for comparison. */
    private static List<Violation> expected(PasswordPolicy policy, String password, Account account) {
        return policy.check(password.toCharArray(), account).violations();
    }

    private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    private static List<ViolationCode> codes(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(PolicyCompliantTest::code).sorted().toList();
    }

    private static ViolationCode code(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> h = violation.unwrap(HibernateConstraintViolation.class);
        return h.getDynamicPayload(ViolationCode.class);
    }

    @Test
    void stringFieldGetsTheBundleMessagesAndCodes() {
        String weak = "password1";
        Set<ConstraintViolation<Field>> violations = validator.validate(new Field(weak));

        List<Violation> want = expected(PasswordPolicy.defaults(), weak, Account.anonymous());
        assertThat(want).isNotEmpty();
        assertThat(messages(violations)).containsExactlyElementsOf(want.stream().map(Violation::message).sorted()
                .toList());
        assertThat(codes(violations)).containsExactlyElementsOf(want.stream().map(Violation::code).sorted().toList());
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.getPropertyPath()).hasToString("password");
            assertThat(code(v)).isNotNull();
            assertThat(v.getMessage()).doesNotContain(weak);
        });
        assertThat(validator.validate(new Field(STRONG))).isEmpty();
    }

    @Test
    void charArrayFieldIsCheckedAndLeftToTheCaller() {
        char[] weak = "abc".toCharArray();
        Set<ConstraintViolation<Chars>> violations = validator.validate(new Chars(weak));
        assertThat(codes(violations)).contains(ViolationCode.TOO_SHORT);
        assertThat(messages(violations)).contains("must be at least 8 characters long");
        assertThat(weak).containsExactly('a', 'b', 'c');
        assertThat(validator.validate(new Chars(STRONG.toCharArray()))).isEmpty();
    }

    @Test
    void nullIsValid() {
        assertThat(validator.validate(new Field(null))).isEmpty();
        assertThat(validator.validate(new Chars(null))).isEmpty();
        assertThat(validator.validate(new SignUp("jsmith", "Jane Smith", null))).isEmpty();
        assertThat(validator.validate(new SignUp(null, null, STRONG.toCharArray()))).isEmpty();
    }

    @Test
    void presetNamedByTheAttribute() {
        // nist: 15 or more characters; aup (the default) would accept this 12-character password
        Set<ConstraintViolation<Sequence>> violations = validator.validate(new Sequence(new StringBuilder(STRONG)));
        assertThat(codes(violations)).containsExactly(ViolationCode.TOO_SHORT);
        assertThat(messages(violations)).containsExactlyElementsOf(
                expected(PasswordPolicy.preset("nist"), STRONG, Account.anonymous()).stream()
                        .map(Violation::message).toList());
        assertThat(validator.validate(new Sequence("velvet orbit pancake"))).isEmpty();
    }

    @Test
    void applicationPoliciesRegisteredAtStartUp() {
        ValidationPolicies.setDefault(PasswordPolicy.builder().minLength(20).build());
        assertThat(codes(validator.validate(new Field(STRONG)))).containsExactly(ViolationCode.TOO_SHORT);

        ValidationPolicies.register("school", PasswordPolicy.builder().minLength(13).build());
        assertThat(codes(validator.validate(new Named(STRONG)))).containsExactly(ViolationCode.TOO_SHORT);
        assertThat(validator.validate(new Named(STRONG + "Q"))).isEmpty();
    }

    @Test
    void unknownPolicyNameFailsValidationLoudly() {
        assertThatThrownBy(() -> validator.validate(new Named(STRONG))).isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("school");
    }

    @Test
    void classLevelRejectsThePasswordContainingTheUsername() {
        String password = "Qz!7jsmith#Rv4";
        assertThat(validator.validate(new SignUp(null, null, password.toCharArray()))).isEmpty();

        Set<ConstraintViolation<SignUp>> violations = validator.validate(
                new SignUp("jsmith", "Jane Smith", password.toCharArray()));
        List<Violation> want = expected(PasswordPolicy.defaults(), password,
                Account.of("jsmith").withFullName("Jane Smith"));
        assertThat(want).extracting(Violation::code).containsExactly(ViolationCode.CONTEXT_WORD);
        assertThat(messages(violations)).containsExactly("contains your username ‘jsmith’");
        assertThat(messages(violations)).containsExactly(want.get(0).message());
        assertThat(codes(violations)).containsExactly(ViolationCode.CONTEXT_WORD);
        assertThat(violations).allSatisfy(v -> assertThat(v.getPropertyPath()).hasToString("password"));
    }

    @Test
    void classLevelUsesTheFullNameAndGettersOrFields() {
        Set<ConstraintViolation<SignUp>> named = validator.validate(
                new SignUp("jsmith", "Jane Smithers", "Qz!7smithers#Rv4".toCharArray()));
        assertThat(codes(named)).contains(ViolationCode.CONTEXT_WORD);
        assertThat(messages(named)).allSatisfy(m -> assertThat(m).doesNotContain("Qz!7").doesNotContain("Rv4"));

        assertThat(codes(validator.validate(new Bean("jsmith", "Qz!7jsmith#Rv4"))))
                .containsExactly(ViolationCode.CONTEXT_WORD);
        assertThat(validator.validate(new Bean("jsmith", STRONG))).isEmpty();
    }

    @Test
    void wholePasswordIsNeverInTheMessage() {
        Set<ConstraintViolation<SignUp>> violations = validator.validate(
                new SignUp("jsmith99", null, "jsmith99".toCharArray()));
        assertThat(codes(violations)).contains(ViolationCode.CONTEXT_WORD);
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.getMessage()).doesNotContainIgnoringCase("jsmith");
            assertThat(v.getInvalidValue()).isNotInstanceOf(String.class);
        });
    }

    @Test
    void missingPropertyIsAnErrorNamingIt() {
        assertThatThrownBy(() -> validator.validate(new Misnamed(STRONG))).isInstanceOf(ValidationException.class)
                .hasStackTraceContaining("'secret'");
    }

    @Test
    void templateMetacharactersInMessagesAreLiteral() {
        assertThat(Passwords.literal("a {b} $c \\d")).isEqualTo("a \\{b\\} \\$c \\\\d");
    }
}
