package org.passhygiene;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who a password is for: everything the policy may compare it with. All parts are optional; a value.
 *
 * @param username     login name, e.g. {@code jsmith} or {@code j.smith@school.org}
 * @param fullName     the person's name, e.g. "Jane Smith"
 * @param organisation school or trust name
 * @param system       the system the password is for, e.g. {@code ad}, {@code sims}, {@code google}
 * @param roles        lower-case role names, e.g. {@code slt}, {@code office}
 */
public record Account(String username, String fullName, String organisation, String system, Set<String> roles) {

    private static final Account ANONYMOUS = new Account(null, null, null, null, Set.of());

    public Account {
        roles = normaliseRoles(roles);
    }

    /** No context at all: only the context-free rules can apply. */
    public static Account anonymous() {
        return ANONYMOUS;
    }

    /**
     * @throws NullPointerException if {@code username} is null
     */
    public static Account of(String username) {
        return new Account(Objects.requireNonNull(username, "username"), null, null, null, Set.of());
    }

    public Account withFullName(String fullName) {
        return new Account(username, fullName, organisation, system, roles);
    }

    public Account withOrganisation(String organisation) {
        return new Account(username, fullName, organisation, system, roles);
    }

    public Account withSystem(String system) {
        return new Account(username, fullName, organisation, system, roles);
    }

    public Account withRoles(Set<String> roles) {
        return new Account(username, fullName, organisation, system, roles);
    }

    public Optional<String> usernameIfPresent() {
        return Optional.ofNullable(username);
    }

    private static Set<String> normaliseRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return Set.of();
        }
        TreeSet<String> out = new TreeSet<>();
        for (String r : roles) {
            out.add(Objects.requireNonNull(r, "role").trim().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
