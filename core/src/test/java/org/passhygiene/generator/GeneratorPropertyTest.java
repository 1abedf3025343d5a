package org.passhygiene.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.policy.Presets;
import org.passhygiene.store.CredentialStore;
import org.passhygiene.store.FingerprintCost;

/**
 * Every generated password passes the whole policy as an independently built policy judges it: every preset, both
 * modes, thousands of seeds, accounts with context words (some of them EFF words, so passphrases do get rejected
 * and redrawn), and a credential store whose reuse rules force redraws.
 */
class GeneratorPropertyTest {

    /** Seeds per preset and mode. */
    private static final int SEEDS = 700;
    /** Seeds per preset with a store (each candidate costs an Argon2id computation). */
    private static final int STORE_SEEDS = 15;
    private static final FingerprintCost CHEAP = new FingerprintCost(256, 1, 1);
    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    /** People whose names include EFF words (hazel, baker, banks, rose, fox...) and ones that are not words. */
    private static final List<Account> PEOPLE = List.of(
            Account.of("jsmith").withFullName("Jane Smith"),
            Account.of("hbaker").withFullName("Hazel Baker").withOrganisation("Oakfield Primary"),
            Account.of("sandy.banks@school.org").withFullName("Sandy Banks"),
            Account.of("rose.fox").withFullName("Rose Fox"),
            Account.of("a.patel").withFullName("Aarav Patel"),
            Account.of("ngozi.okafor").withFullName("Ngozi Okafor"),
            Account.of("tmarsh").withFullName("Timothy Marshland-Oyster"),
            Account.anonymous());

    @TempDir
    static Path dir;

    private static CredentialStore store;

    @BeforeAll
    static void openStore() {
        store = CredentialStore.builder().url("jdbc:sqlite:" + dir.resolve("store.db"))
                .pepperFile(dir.resolve("pepper.key")).fingerprintCost(CHEAP).open();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Stream<Arguments> presetsAndModes() {
        return Presets.NAMES.stream().flatMap(p -> Stream.of(GeneratorMode.values()).map(m -> Arguments.of(p, m)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("presetsAndModes")
    void everyPasswordPassesAnIndependentPolicy(String preset, GeneratorMode mode) {
        Set<String> seen = new HashSet<>();
        try (PasswordPolicy generating = PasswordPolicy.preset(preset);
             PasswordPolicy judge = PasswordPolicy.preset(preset)) {
            for (int seed = 0; seed < SEEDS; seed++) {
                Account person = PEOPLE.get(seed % PEOPLE.size());
                GeneratorOptions options = GeneratorOptions.builder().mode(mode).random(new Random(seed)).build();
                try (GeneratedPassword p = generating.generate(person, options)) {
                    CheckResult verdict = judge.check(p.password(), person);
                    assertThat(verdict.violations()).as("%s %s seed %d", preset, mode, seed).isEmpty();
                    assertThat(seen.add(new String(p.password()))).as("unique, seed %d", seed).isTrue();
                }
            }
        }
    }

    /**
     * An account whose username is the same seed's first candidate (a context word in every preset, whole or
     * substring): the generator must redraw.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("presetsAndModes")
    void aContextWordIsRedrawn(String preset, GeneratorMode mode) {
        try (PasswordPolicy generating = PasswordPolicy.preset(preset);
             PasswordPolicy judge = PasswordPolicy.preset(preset)) {
            for (int seed = 0; seed < 50; seed++) {
                Account person;
                try (GeneratedPassword first = generating.generate(Account.anonymous(), options(mode, seed))) {
                    person = Account.of(new String(first.password()));
                }
                try (GeneratedPassword p = generating.generate(person, options(mode, seed))) {
                    assertThat(p.attempts()).as("the first candidate is the username: redrawn").isGreaterThan(1);
                    assertThat(judge.check(p.password(), person).violations()).isEmpty();
                }
            }
        }
    }

    /**
     * With a store, the same seed's first candidate is the password the person already has on another system (or
     * had on this one): the generator must redraw, and the independent policy on the same store accepts the result.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("presetsAndModes")
    void withAStoreReuseIsRedrawn(String preset, GeneratorMode mode) {
        try (PasswordPolicy plain = PasswordPolicy.preset(preset);
             PasswordPolicy generating = PasswordPolicy.builder(preset).credentialStore(store).build();
             PasswordPolicy judge = PasswordPolicy.builder(preset).credentialStore(store).build()) {
            for (int seed = 0; seed < STORE_SEEDS; seed++) {
                Account person = Account.of("u" + seed + preset + mode.ordinal()).withFullName("Hazel Baker");
                Account onAd = person.withSystem("ad");
                try (GeneratedPassword first = plain.generate(onAd, options(mode, seed))) {
                    generating.record(first.password(), onAd, "test", T0);
                }
                for (Account target : List.of(person.withSystem("google"), onAd)) {
                    try (GeneratedPassword p = generating.generate(target, options(mode, seed))) {
                        assertThat(p.attempts()).as("the first candidate is reused: redrawn").isGreaterThan(1);
                        assertThat(judge.check(p.password(), target).violations()).isEmpty();
                    }
                }
            }
        }
    }

    private static GeneratorOptions options(GeneratorMode mode, int seed) {
        return GeneratorOptions.builder().mode(mode).random(new Random(seed)).build();
    }

}
