package org.passhygiene.cli;

import java.util.Set;

import org.passhygiene.Account;

import picocli.CommandLine.Option;

/**
 * Whose password it is, as a picocli mixin for every command that takes a password for an account ({@code check},
 * {@code store record}): {@code --user}, {@code --full-name}, {@code --org}, {@code --system}, {@code --roles}. Use
 * {@link Context} where every option is an optional context word and {@link Holder} where the password is recorded
 * for a person on a system (both required).
 */
abstract sealed class AccountOptions permits AccountOptions.Context, AccountOptions.Holder {

    @Option(names = "--full-name", paramLabel = "NAME", description = "The person's name, e.g. \"Jane Smith\".")
    private String fullName;

    @Option(names = "--org", paramLabel = "NAME", description = "Organisation name (a context word).")
    private String organisation;

    private Set<String> roles = Set.of();

    /** Set by the subclass's --user, --system and --roles, whose wording and whether they are required differ. */
    private String user;
    private String system;

    /** --user, or null. */
    final String user() {
        return user;
    }

    /** --system, or null. */
    final String system() {
        return system;
    }

    /** The account these options describe; options not given are left out. */
    final Account account() {
        Account a = user() == null ? Account.anonymous() : Account.of(user());
        if (fullName != null) {
            a = a.withFullName(fullName);
        }
        if (organisation != null) {
            a = a.withOrganisation(organisation);
        }
        if (system() != null) {
            a = a.withSystem(system());
        }
        return a.withRoles(roles);
    }

    /**
     * Checks --user and --system (those given) by the store's rules, before any password is asked for.
     *
     * @throws ExitCodes.UsageException (exit 2) naming the option and the problem
     */
    final void requireStoreNames() {
        StoreOptions.requireNames(user(), system());
    }

    /** For {@code check}: every option optional, each a context word. */
    static final class Context extends AccountOptions {

        @Option(names = "--user", paramLabel = "NAME", description = "Username (a context word).")
        private void user(String value) {
            super.user = value;
        }

        @Option(names = "--system", paramLabel = "NAME",
                description = "The system the password is for (with --store and --user: reuse checks).")
        private void system(String value) {
            super.system = value;
        }

        @Option(names = "--roles", paramLabel = "ROLE", split = ",", description = "The person's roles, e.g. slt,office.")
        private void roles(Set<String> value) {
            super.roles = Set.copyOf(value);
        }
    }

    /** For {@code store record}: the person and the system the password is recorded for, both required. */
    static final class Holder extends AccountOptions {

        @Option(names = "--user", required = true, paramLabel = "NAME",
                description = "The person's username (1 to 256 characters, no control or invisible format"
                    + " characters).")
        private void user(String value) {
            super.user = value;
        }

        @Option(names = "--system", required = true, paramLabel = "NAME",
                description = "The system the password was set on, e.g. ad, google, sims, wifi (1 to 128"
                    + " characters).")
        private void system(String value) {
            super.system = value;
        }

        @Option(names = "--roles", paramLabel = "ROLE", split = ",",
                description = "The person's roles, e.g. slt,office (replace the recorded ones; none: keep them).")
        private void roles(Set<String> value) {
            super.roles = Set.copyOf(value);
        }
    }
}
