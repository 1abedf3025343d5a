package org.passhygiene;

import java.time.Clock;
import java.util.Objects;

import org.passhygiene.policy.PolicySettings;
import org.passhygiene.rotation.RotationPolicy;
import org.passhygiene.rotation.RotationService;
import org.passhygiene.rotation.TermCalendar;
import org.passhygiene.store.CredentialStore;

/**
 * The rotation side of {@link PasswordPolicy}: the one place the {@link RotationService} is built from policy
 * settings (the auditor and the CLI take it from the policy), and the guards of the store-backed methods.
 */
final class PolicyRotation {

    private PolicyRotation() {
    }

    /**
     * @param calendar the calendar object given to the builder, or null for the {@code calendar} key's file or else
     *                 the approximate England default
     */
    static RotationService service(PolicySettings settings, TermCalendar calendar, Clock clock,
                                   CredentialStore store) {
        return RotationService.builder()
                .rules(RotationPolicy.builder()
                        .privilegedRoles(settings.privilegedRoles())
                        .privilegedChange(settings.privilegedChange())
                        .otherChange(settings.staffChange())
                        .graceSchoolDays(settings.changeGraceDays())
                        .build())
                .calendar(calendar != null ? calendar
                        : settings.termCalendar().orElseGet(TermCalendar::englandDefault))
                .clock(clock)
                .store(store)
                .build();
    }

    /** The service's store; {@code what} names the method that needs one when there is none. */
    static CredentialStore requireStore(RotationService rotation, String what) {
        return rotation.store().orElseThrow(() -> new IllegalStateException(what
                + " needs a credential store: build the policy with credentialStore(store)"));
    }

    static Account requireUserAndSystem(Account account) {
        Objects.requireNonNull(account, "account");
        if (account.username() == null || account.system() == null) {
            throw new IllegalArgumentException("the account needs a username and a system: "
                    + "Account.of(user).withSystem(system)");
        }
        return account;
    }
}
