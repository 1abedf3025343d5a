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
import org.passhygiene.rotation.RotationPolicy;
import org.passhygiene.rotation.TermCalendar;

/** The README's provisioning-tool example, compiled and run: keep the two in step. */
class ProvisioningExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExample() {
        Path storeFile = dir.resolve("store.db");
        Path pepperFile = dir.resolve("pepper.key");
        char[] password = "tulip harbour violin".toCharArray();

        // --- README example starts ---
        try (CredentialStore store = CredentialStore.builder()
                .url("jdbc:sqlite:" + storeFile)          // or jdbc:postgresql://host/db?user=...&password=...
                .pepperFile(pepperFile)                   // created 0600 on first use: back it up separately
                .open()) {
            // 1. check before setting: one Argon2id computation
            ReuseCheck reuse = store.check("jsmith", "google", password, 5);
            if (reuse.reusedAcrossSystems()) {
                System.out.println("already your password on " + reuse.otherSystems());
            } else if (reuse.reusedFromHistory()) {
                System.out.println("used recently on google");
            } else {
                // ... set it in Google, then:
                // 2. record what was set, by whom, when
                store.record("jsmith", "google", Set.of("office"), password, "google-sync@host1", Instant.now());
            }
            // 3. who must change what by when (privileged first)
            List<ChangeDue> due = store.due(LocalDate.now(), TermCalendar.englandDefault(), RotationPolicy.aup());
            due.forEach(d -> System.out.println(d.user() + " " + d.system() + " " + d.reason() + " by " + d.dueDate()));
        } finally {
            Arrays.fill(password, '\0');
        }
        // --- README example ends ---

        try (CredentialStore store = CredentialStore.builder().url("jdbc:sqlite:" + storeFile).pepperFile(pepperFile)
                .open()) {
            assertThat(store.check("jsmith", "ad", "tulip harbour violin".toCharArray(), 5).otherSystems())
                    .containsExactly("google");
        }
    }
}
