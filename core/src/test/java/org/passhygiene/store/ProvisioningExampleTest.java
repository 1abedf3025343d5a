package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.rotation.ChangeDue;

/** The README's provisioning-tool example, compiled and run: keep the two in step. */
class ProvisioningExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExample() {
        Path storeFile = dir.resolve("store.db");
        Path pepperFile = dir.resolve("pepper.key");
        char[] password = "xK#9vq!Lp2@z".toCharArray();

        // --- README example starts ---
        try (CredentialStore store = CredentialStore.builder()
                .url("jdbc:sqlite:" + storeFile)          // or jdbc:postgresql://host/db?user=...&password=...
                .pepperFile(pepperFile)                   // created 0600 with a new store: back it up separately
                .open()) {
            PasswordPolicy policy = PasswordPolicy.builder()  // or PasswordPolicy.load(policyFile).toBuilder()
                    .credentialStore(store)
                    .build();
            Account jane = Account.of("jsmith").withSystem("google").withRoles(Set.of("office"));
            // 1. check before setting: every rule, plus reuse across systems and history (one Argon2id)
            CheckResult result = policy.check(password, jane);
            if (result.accepted()) {
                // ... set it in Google, then:
                // 2. record what was set, by whom, when (the same normalised form check compared)
                policy.record(password, jane, "google-sync@host1", Instant.now());
            } else {
                result.violations().forEach(v -> System.out.println(v.code() + ": " + v.message()));
            }
            // 3. who must change what by when (privileged first); at sign-in: policy.checkCurrent(account)
            List<ChangeDue> due = policy.due(LocalDate.now());
            due.forEach(d -> System.out.println(d.user() + " " + d.system() + " " + d.reason() + " by " + d.dueDate()));
        } finally {
            Arrays.fill(password, '\0');
        }
        // --- README example ends ---

        try (CredentialStore store = CredentialStore.builder().url("jdbc:sqlite:" + storeFile).pepperFile(pepperFile)
                .open()) {
            assertThat(store.check("jsmith", "ad", "xK#9vq!Lp2@z".toCharArray(), 5).otherSystems())
                    .containsExactly("google");
        }
    }
}
