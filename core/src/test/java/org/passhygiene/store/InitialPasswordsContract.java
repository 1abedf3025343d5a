package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.passhygiene.store.CredentialStoreContract.T0;
import static org.passhygiene.store.CredentialStoreContract.TEST_COST;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.rotation.ChangeDue;
import org.passhygiene.rotation.ChangeReason;
import org.passhygiene.rotation.RotationPolicy;
import org.passhygiene.rotation.RotationService;

/** {@link InitialPasswords}: a provisioning batch, all rows flagged must-change in one transaction, or none. */
abstract class InitialPasswordsContract {
    static final Instant NOW = Instant.parse("2025-01-20T10:00:00Z");
    static final String REASON = "initial password: change at first sign-in";

    @TempDir
    Path dir;
    String url;
    Path pepper;

    abstract String newUrl();

    @BeforeEach
    void setUp() {
        url = newUrl();
        pepper = dir.resolve("keys/pepper.key");
    }

    CredentialStore open() {
        return CredentialStore.builder().url(url).pepperFile(pepper).fingerprintCost(TEST_COST)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).open();
    }

    @Test
    void commitRecordsEveryRowFlaggedMustChangeAndANewPasswordClearsIt() {
        try (CredentialStore store = open()) {
            store.record("jsmith", "google", Set.of("office"), "old google pass".toCharArray(), "t", T0);
            InitialPasswords batch = store.initialPasswords("Google", "provision@host1", NOW, REASON);
            batch.add("JSmith", Set.of(), "first initial one".toCharArray());
            batch.add("newstarter", Set.of("teacher"), "second initial two".toCharArray());
            assertThat(batch.users()).containsExactly("jsmith", "newstarter");
            assertThatThrownBy(() -> batch.add("jsmith", Set.of(), "x".toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("user: jsmith is already in this batch");
            // Nothing is written before the commit: not even the new person.
            assertThat(store.currentCredentials()).extracting(CurrentCredential::user).containsExactly("jsmith");
            assertThat(store.check("newstarter", "google", "second initial two".toCharArray(), 5).fresh()).isTrue();

            batch.commit();
            CurrentCredential jsmith = store.currentCredential("jsmith", "google").orElseThrow();
            assertThat(jsmith.mustChange()).isTrue();
            assertThat(jsmith.compromised()).isFalse();
            assertThat(jsmith.flagReason()).isEqualTo(REASON);
            assertThat(jsmith.flaggedAt()).contains(NOW);
            assertThat(jsmith.setBy()).isEqualTo("provision@host1");
            assertThat(jsmith.roles()).containsExactly("office");
            CurrentCredential starter = store.currentCredential("newstarter", "google").orElseThrow();
            assertThat(starter.mustChange()).isTrue();
            assertThat(starter.roles()).containsExactly("teacher");
            // The fingerprints are the passwords' own: history and cross-system reuse see them.
            assertThat(store.check("jsmith", "google", "first initial one".toCharArray(), 5).reusedFromHistory())
                    .isTrue();
            assertThat(store.check("newstarter", "ad", "second initial two".toCharArray(), 5).otherSystems())
                    .containsExactly("google");

            RotationService rotation = RotationService.builder().rules(RotationPolicy.aup()).store(store).build();
            assertThat(rotation.due(LocalDate.parse("2025-01-20"))).extracting(ChangeDue::user, ChangeDue::reason,
                    ChangeDue::detail).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("jsmith", ChangeReason.MUST_CHANGE, REASON),
                            org.assertj.core.groups.Tuple.tuple("newstarter", ChangeReason.MUST_CHANGE, REASON));
            store.record("newstarter", "google", Set.of(), "own chosen password".toCharArray(), "t", NOW);
            assertThat(rotation.status("newstarter", "google", LocalDate.parse("2025-01-20"))).isEmpty();
            assertThatThrownBy(batch::commit).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aPersonAddedByAnotherHostMeanwhileFailsTheWholeCommit() {
        try (CredentialStore store = open(); CredentialStore otherHost = open()) {
            InitialPasswords batch = store.initialPasswords("google", "provision", NOW, REASON);
            batch.add("alice", Set.of(), "alice initial pw".toCharArray());
            batch.add("bob", Set.of(), "bob initial pw".toCharArray());
            otherHost.record("bob", "ad", Set.of(), "bob ad password".toCharArray(), "other", NOW);
            assertThatThrownBy(batch::commit).isInstanceOf(StoreException.class)
                    .hasMessageEndingWith(": bob was added to the store by another host while this batch was"
                            + " prepared: nothing recorded; run it again");
            // alice's row, inserted before bob's in the same transaction, was rolled back with it.
            assertThat(store.currentCredentials()).extracting(CurrentCredential::user, CurrentCredential::system)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", "ad"));
            assertThat(store.check("alice", "ad", "alice initial pw".toCharArray(), 5).fresh()).isTrue();
        }
    }

    @Test
    void undoDeletesExactlyTheBatchRowsAndThePeopleItCreated() {
        try (CredentialStore store = open()) {
            store.record("jsmith", "google", Set.of(), "old google pass".toCharArray(), "t", T0);
            InitialPasswords batch = store.initialPasswords("google", "provision", NOW, REASON);
            assertThatThrownBy(batch::undo).isInstanceOf(IllegalStateException.class);
            batch.add("jsmith", Set.of(), "first initial one".toCharArray());
            batch.add("newstarter", Set.of(), "second initial two".toCharArray());
            batch.commit();
            assertThat(batch.undo()).containsExactly("jsmith", "newstarter");
            Optional<CurrentCredential> back = store.currentCredential("jsmith", "google");
            assertThat(back).map(CurrentCredential::setAt).contains(T0);
            assertThat(back).map(CurrentCredential::mustChange).contains(false);
            assertThat(store.currentCredentials()).hasSize(1);
            assertThat(store.check("jsmith", "google", "first initial one".toCharArray(), 5).fresh()).isTrue();
            // The new person is gone too: recording for them again makes a new person with a new salt.
            store.record("newstarter", "ad", Set.of(), "second initial two".toCharArray(), "t", NOW);
            assertThat(store.check("newstarter", "google", "second initial two".toCharArray(), 5).otherSystems())
                    .containsExactly("ad");
            assertThat(batch.undo()).isEmpty();
        }
    }

    @Test
    void badNamesAndReadOnlyStoresAreRefusedBeforeAnythingIsWritten() {
        try (CredentialStore store = open()) {
            assertThatThrownBy(() -> store.initialPasswords("goo\u0007gle", "p", NOW, REASON))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("system: character 4 is U+0007 (a control character), which is not allowed in a name");
            InitialPasswords batch = store.initialPasswords("google", "p", NOW, REASON);
            assertThatThrownBy(() -> batch.add("a\u202Eb", Set.of(), "pw".toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("user: character 2 is U+202E");
            assertThatThrownBy(() -> batch.add("a", List.of("x,y"), "pw".toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("role: must not contain a comma");
            assertThat(batch.users()).isEmpty();
        }
        try (CredentialStore ro = CredentialStore.builder().url(url).pepperFile(pepper).readOnly().open()) {
            assertThatThrownBy(() -> ro.initialPasswords("google", "p", NOW, REASON))
                    .isInstanceOf(IllegalStateException.class).hasMessageEndingWith("opened read-only: cannot record");
        }
    }
}
