package org.passhygiene.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;

/** The README's generator example, compiled and run: keep the two in step. */
class GeneratorExampleTest {

    /** Stands in for the school's directory API. */
    static final class Directory {
        final Map<String, char[]> set = new HashMap<>();

        void setPassword(String user, char[] password) {
            set.put(user, password.clone());
        }
    }

    @Test
    void readmeExample() {
        Directory directory = new Directory();
        PasswordPolicy policy = PasswordPolicy.defaults();

        // --- README example starts ---
        Account jane = Account.of("jsmith").withFullName("Jane Smith").withSystem("google");
        GeneratorOptions options = GeneratorOptions.builder()
                .mode(GeneratorMode.PASSPHRASE)    // default RANDOM: max(min-length, 14) characters
                .words(4)                          // 3 to 20; default 4, more if min-length needs them
                .capitalise(true)
                .build();
        try (GeneratedPassword generated = policy.generate(jane, options)) {
            directory.setPassword(jane.username(), generated.password());   // your directory's API
            System.out.printf("%.1f bits, %d candidate(s)%n", generated.entropyBits(), generated.attempts());
        } catch (GenerationException e) {
            System.err.println("cannot generate: " + e.getMessage());       // names the key and what to change
        }
        // --- README example ends ---

        char[] set = directory.set.get("jsmith");
        assertThat(new String(set).split("-")).hasSize(4);
        try (PasswordPolicy judge = PasswordPolicy.defaults()) {
            assertThat(judge.check(set, jane).violations()).isEmpty();
        }
    }
}
