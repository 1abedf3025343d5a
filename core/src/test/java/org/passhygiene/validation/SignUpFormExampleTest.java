package org.passhygiene.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.ViolationCode;

/** The README's sign-up form example, compiled and run: ReadmeSnippetsTest keeps the two in step. */
class SignUpFormExampleTest {

    @AfterEach
    void forget() {
        ValidationPolicies.clear();
    }

    // --- README example starts ---
    @PolicyCompliantAccount(password = "password", username = "username", fullName = "fullName")
    public static class SignUpForm {
        @NotBlank
        private String username;
        private String fullName;
        @NotNull
        private char[] password;            // Spring binds the form field to char[]; clear it after use

        public void setUsername(String username) { this.username = username; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public void setPassword(char[] password) { this.password = password; }
        public String getUsername() { return username; }
        public String getFullName() { return fullName; }
        public char[] getPassword() { return password; }
    }

    // At start-up, once (in Spring Boot: in the @Bean method that builds the application's PasswordPolicy)
    static void configure(Path policyFile) {
        ValidationPolicies.setDefault(PasswordPolicy.load(policyFile));
    }

    // What Spring Boot does for a @Valid @ModelAttribute SignUpForm; in plain Bean Validation:
    static List<String> signUpErrors(Validator validator, SignUpForm form) {
        List<String> errors = new ArrayList<>();
        for (ConstraintViolation<SignUpForm> v : validator.validate(form)) {
            HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
            ViolationCode code = hv.getDynamicPayload(ViolationCode.class);   // null for @NotBlank and the like
            errors.add(v.getPropertyPath() + ": " + v.getMessage() + (code == null ? "" : " [" + code + "]"));
        }
        return errors;
    }
    // --- README example ends ---

    @Test
    void readmeExample() {
        configure(Path.of("src/test/resources/policies/valid.yaml"));
        SignUpForm form = new SignUpForm();
        form.setUsername("jsmith");
        form.setFullName("Jane Smith");
        form.setPassword("Qz!7jsmith#Rv4".toCharArray());
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(signUpErrors(factory.getValidator(), form))
                    .containsExactly("password: contains your username ‘jsmith’ [CONTEXT_WORD]");

            form.setPassword("xK#9vq!Lp2@z".toCharArray());
            assertThat(signUpErrors(factory.getValidator(), form)).isEmpty();

            form.setUsername(" ");
            form.setPassword(null);
            List<String> errors = signUpErrors(factory.getValidator(), form);
            assertThat(errors).hasSize(2).noneMatch(e -> e.contains("["))
                    .anyMatch(e -> e.startsWith("username: ")).anyMatch(e -> e.startsWith("password: "));
        }
    }
}
