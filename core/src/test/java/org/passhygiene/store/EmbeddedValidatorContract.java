package org.passhygiene.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.Account;
import org.passhygiene.CheckResult;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.TestPolicies;
import org.passhygiene.Violation;
import org.passhygiene.ViolationCode;
import org.passhygiene.rotation.ChangeDue;
import org.passhygiene.rotation.ChangeReason;
import org.passhygiene.rotation.DateRange;
import org.passhygiene.rotation.Term;
import org.passhygiene.rotation.TermCalendar;

/**
 * Issue #5's "done when": the embedded validator ({@code PasswordPolicy} + store) rejects a password reused on a
 * second system, accepts a fresh one, rejects history reuse and reports privileged accounts overdue this term. The
 * same tests on every database: subclasses give the URL.
 */
abstract class EmbeddedValidatorContract {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Spring 2025 of one London borough: starts Monday 6 January; 5 school days' grace ends Friday 10 January. */
    static final TermCalendar CALENDAR = TermCalendar.of("test borough", List.of(
            new Term("Autumn 2024", new DateRange(LocalDate.parse("2024-09-02"), LocalDate.parse("2024-12-20")),
                    Optional.empty()),
            new Term("Spring 2025", new DateRange(LocalDate.parse("2025-01-06"), LocalDate.parse("2025-04-04")),
                    Optional.empty()),
            new Term("Summer 2025", new DateRange(LocalDate.parse("2025-04-22"), LocalDate.parse("2025-07-22")),
                    Optional.empty())));
    static final Instant AUTUMN = Instant.parse("2024-10-01T09:00:00Z");
    static final Clock JAN_20 = Clock.fixed(Instant.parse("2025-01-20T10:00:00Z"), LONDON);

    @TempDir
    Path dir;
    CredentialStore store;
    PasswordPolicy policy;

    abstract String newUrl();

    @BeforeEach
    void setUp() {
        store = CredentialStore.builder().url(newUrl()).pepperFile(dir.resolve("pepper.key"))
                .fingerprintCost(CredentialStoreContract.TEST_COST).clock(JAN_20).open();
        policy = TestPolicies.aupWithWords("monkey").credentialStore(store).termCalendar(CALENDAR).clock(JAN_20)
                .build();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static Account jane(String system) {
        return Account.of("jsmith").withFullName("Jane Smith").withSystem(system).withRoles(Set.of("office"));
    }

    static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void rejectsReuseOnASecondSystemAcceptsAFreshOneRejectsHistory() {
        assertThat(policy.check(pw("Tulip#harbour9"), jane("google")).accepted()).isTrue();
        policy.record(pw("Tulip#harbour9"), jane("google"), "google-sync@host1", AUTUMN);

        CheckResult onAd = policy.check(pw("Tulip#harbour9"), jane("ad"));
        assertThat(onAd.violations()).extracting(Violation::code).containsExactly(ViolationCode.REUSED_ACROSS_SYSTEMS);
        Violation v = onAd.violations().get(0);
        assertThat(v.message()).isEqualTo("is already your password on google");
        assertThat(v.clause()).isEqualTo("AUP: only used on one system");
        assertThat(v.params()).containsOnlyKeys("systems");

        assertThat(policy.check(pw("Violin@orbit42"), jane("ad")).accepted()).isTrue();
        policy.record(pw("Violin@orbit42"), jane("ad"), "ad-sync", AUTUMN);
        assertThat(policy.check(pw("Tulip#harbour9"), jane("wifi")).violations().get(0).message())
                .isEqualTo("is already your password on google");

        CheckResult history = policy.check(pw("Tulip#harbour9"), jane("google"));
        assertThat(history.violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.REUSED_FROM_HISTORY);
        assertThat(history.violations().get(0).message()).isEqualTo("is one of your last 5 passwords on google");
        assertThat(history.violations().get(0).clause()).isEqualTo("AUP: not one of your last 5 passwords on a system");
    }

    @Test
    void reuseIsReportedAlongsideTheOtherRules() {
        // Built around the word (aup's guessable matching): monkey + a year + two letters.
        policy.record(pw("monkey#1987Tq"), jane("google"), "t", AUTUMN);
        assertThat(policy.check(pw("monkey#1987Tq"), jane("ad")).violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.DICTIONARY_WORD, ViolationCode.REUSED_ACROSS_SYSTEMS);
    }

    @Test
    void keysTurnTheReuseRulesOff() {
        policy.record(pw("Tulip#harbour9"), jane("google"), "t", AUTUMN);
        PasswordPolicy noOneSystem = policy.toBuilder().oneSystem(false).build();
        assertThat(noOneSystem.check(pw("Tulip#harbour9"), jane("ad")).accepted()).isTrue();
        assertThat(noOneSystem.check(pw("Tulip#harbour9"), jane("google")).has(ViolationCode.REUSED_FROM_HISTORY))
                .isTrue();
        PasswordPolicy noHistory = policy.toBuilder().history(0).build();
        assertThat(noHistory.check(pw("Tulip#harbour9"), jane("google")).accepted()).isTrue();
        assertThat(noHistory.check(pw("Tulip#harbour9"), jane("ad")).has(ViolationCode.REUSED_ACROSS_SYSTEMS))
                .isTrue();
    }

    @Test
    void withoutASystemOrAStoreThereIsNothingToCompare() {
        policy.record(pw("Tulip#harbour9"), jane("google"), "t", AUTUMN);
        assertThat(policy.check(pw("Tulip#harbour9"), Account.of("jsmith")).accepted()).isTrue();
        assertThat(TestPolicies.aupWithWords("monkey").build().check(pw("Tulip#harbour9"), jane("ad")).accepted())
                .isTrue();
        assertThatThrownBy(() -> TestPolicies.aupWithWords("monkey").build().checkCurrent(jane("ad")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("status needs a credential store: build the policy with credentialStore(store)");
        assertThatThrownBy(() -> policy.record(pw("x"), Account.of("jsmith"), "t", AUTUMN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the account needs a username and a system: Account.of(user).withSystem(system)");
    }

    @Test
    void nfdAndNfcFormsOfOnePasswordMatch() {
        String nfc = "Caf\u00e9#Tulip9x";
        String nfd = "Cafe\u0301#Tulip9x";
        policy.record(pw(nfd), jane("mac-laptop"), "t", AUTUMN);          // typed on a Mac
        assertThat(policy.check(pw(nfc), jane("windows-pc")).violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.REUSED_ACROSS_SYSTEMS);
        policy.record(pw(nfc), jane("sims"), "t", AUTUMN);
        assertThat(policy.check(pw(nfd), jane("google")).violations().get(0).message())
                .isEqualTo("is already your password on mac-laptop, sims");
    }

    @Test
    void reportsPrivilegedAccountsOverdueThisTerm() {
        policy.record(pw("Tulip#harbour9"), jane("sims"), "sims-admin", AUTUMN);               // office: privileged
        policy.record(pw("Violin@orbit42"), Account.of("teacher1").withSystem("sims")
                .withRoles(Set.of("teacher")), "sims-admin", AUTUMN);                          // not privileged
        policy.record(pw("Pancake!river7"), Account.of("slt1").withSystem("sims").withRoles(Set.of("slt")),
                "sims-admin", Instant.parse("2025-01-07T09:00:00Z"));                         // changed this term

        CheckResult login = policy.checkCurrent(jane("sims"));
        assertThat(login.violations()).extracting(Violation::code).containsExactly(ViolationCode.CHANGE_REQUIRED);
        Violation v = login.violations().get(0);
        assertThat(v.message()).isEqualTo("your password on sims was due to be changed by 2025-01-10");
        assertThat(v.clause()).isEqualTo("AUP: SLT, office and welfare staff change their password at least once a"
                + " term");
        assertThat(v.params()).containsEntry("reason", "OVERDUE").containsEntry("dueDate", LocalDate.parse("2025-01-10"));
        assertThat(policy.checkCurrent(Account.of("teacher1").withSystem("sims")).accepted()).isTrue();
        assertThat(policy.checkCurrent(Account.of("slt1").withSystem("sims")).accepted()).isTrue();

        List<ChangeDue> due = policy.due(LocalDate.parse("2025-01-20"));
        assertThat(due).extracting(ChangeDue::user, ChangeDue::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jsmith", ChangeReason.OVERDUE));
        assertThat(due.get(0).privileged()).isTrue();
    }

    @Test
    void inTheGracePeriodStatusSaysDueButSignInIsAccepted() {
        policy.record(pw("Tulip#harbour9"), jane("sims"), "t", AUTUMN);
        PasswordPolicy jan7 = policy.toBuilder().clock(Clock.fixed(Instant.parse("2025-01-07T10:00:00Z"), LONDON))
                .build();
        assertThat(jan7.status(jane("sims"))).map(ChangeDue::reason).contains(ChangeReason.DUE);
        assertThat(jan7.checkCurrent(jane("sims")).accepted()).isTrue();
        Violation v = jan7.changeRequired(jan7.status(jane("sims")).orElseThrow());
        assertThat(v.message()).isEqualTo("your password on sims must be changed by 2025-01-10");
    }

    @Test
    void compromisedPasswordMustBeChangedAtSignIn() {
        policy.record(pw("Tulip#harbour9"), Account.of("teacher1").withSystem("google"), "t", AUTUMN);
        store.markCompromised("teacher1", "google", "found in breach corpus 2025-01");
        Violation v = policy.checkCurrent(Account.of("teacher1").withSystem("google")).violations().get(0);
        assertThat(v.code()).isEqualTo(ViolationCode.CHANGE_REQUIRED);
        assertThat(v.message()).isEqualTo("your password on google must be changed now: it was flagged compromised on"
                + " 2025-01-20 (found in breach corpus 2025-01)");
        assertThat(v.clause()).isEqualTo("AUP: a revealed password is changed at once");
        store.requireChange("teacher1", "google", "temporary password");
        assertThat(policy.checkCurrent(Account.of("teacher1").withSystem("google")).violations().get(0).message())
                .isEqualTo("your password on google must be changed now: it was flagged compromised on 2025-01-20"
                        + " (temporary password)");
    }

    @Test
    void everyNDaysRulesNameTheirInterval() {
        PasswordPolicy every90 = policy.toBuilder()
                .staffChange(org.passhygiene.rotation.ChangeInterval.everyDays(90)).build();
        every90.record(pw("Tulip#harbour9"), Account.of("teacher1").withSystem("google"), "t", AUTUMN);
        Violation v = every90.checkCurrent(Account.of("teacher1").withSystem("google")).violations().get(0);
        assertThat(v.message()).isEqualTo("your password on google was due to be changed by 2024-12-30");
        assertThat(v.clause()).isEqualTo("AUP: staff change their password at least every 90 days");
    }
}
