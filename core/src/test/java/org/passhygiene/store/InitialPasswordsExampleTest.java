package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.generator.GeneratedPassword;
import org.passhygiene.generator.GeneratorOptions;
import org.passhygiene.rotation.ChangeReason;

/** The README's provisioning-run example (initial passwords flagged must-change), compiled and run. */
class InitialPasswordsExampleTest {
    @TempDir
    Path dir;

    List<char[]> delivered = new ArrayList<>();

    /** Stands for setting the passwords in Google (or writing an encrypted hand-out file). */
    void setInGoogle(List<Account> accounts, List<char[]> passwords) {
        passwords.forEach(p -> delivered.add(p.clone()));
    }

    @Test
    void readmeExample() {
        List<Account> newStaff = List.of(Account.of("jsmith").withFullName("Jane Smith").withRoles(Set.of("office")),
                Account.of("bwayne").withFullName("Bruce Wayne"));
        try (CredentialStore store = CredentialStore.builder().url("jdbc:sqlite:" + dir.resolve("store.db"))
                .pepperFile(dir.resolve("pepper.key")).fingerprintCost(CredentialStoreContract.TEST_COST).open();
             PasswordPolicy policy = PasswordPolicy.builder().credentialStore(store).build()) {
            // --- README example starts ---
            InitialPasswords batch = store.initialPasswords("google", "provision@host1", Instant.now(),
                    "initial password: change at first sign-in");
            List<char[]> passwords = new ArrayList<>();
            try {
                for (Account person : newStaff) {
                    try (GeneratedPassword g = policy.generate(person.withSystem("google"),
                            GeneratorOptions.defaults())) {
                        batch.add(person.username(), person.roles(), g.password()); // fingerprinted; nothing written
                        passwords.add(g.password().clone());
                    }
                }
                setInGoogle(newStaff, passwords);  // if this fails, nothing is recorded
                batch.commit();                    // every row flagged must-change, in one transaction
            } finally {
                passwords.forEach(p -> Arrays.fill(p, '\0'));
            }
            // --- README example ends ---
            assertThat(policy.rotationService().status("jsmith", "google")).map(d -> d.reason())
                    .contains(ChangeReason.MUST_CHANGE);
            assertThat(store.check("bwayne", "google", delivered.get(1), 1).reusedFromHistory()).isTrue();
        }
    }
}
