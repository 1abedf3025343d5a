package org.passhygiene.rules;

import java.util.Set;
import java.util.function.Function;

import org.passay.PasswordData;
import org.passay.UnicodeString;

/**
 * Passay's {@link PasswordData} plus the account context the passhygiene rules compare with (username, full name,
 * organisation, system, roles), and the password as the {@code char[]} the rules scan without copying. Lives only
 * for one check. Every context part is optional (null, or empty roles).
 */
public final class AccountPasswordData extends PasswordData {

    private final char[] chars;
    private final String username;
    private final String fullName;
    private final String organisation;
    private final String system;
    private final Set<String> roles;

    /**
     * @param password     the password to check; not copied, so the caller clears it after the check
     * @param username     login name, or null
     * @param fullName     the person's name, or null
     * @param organisation school or trust name, or null
     * @param system       the system the password is for, or null
     * @param roles        lower-case role names; null means none
     */
    public AccountPasswordData(char[] password, String username, String fullName, String organisation,
                               String system, Set<String> roles) {
        super(username == null ? null : new UnicodeString(username), new UnicodeString(password));
        this.chars = password;
        this.username = username;
        this.fullName = fullName;
        this.organisation = organisation;
        this.system = system;
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String organisation() {
        return organisation;
    }

    public String system() {
        return system;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The context behind any {@link PasswordData}: plain Passay data gives just the username. */
    static AccountPasswordData contextOf(PasswordData data) {
        if (data instanceof AccountPasswordData a) {
            return a;
        }
        UnicodeString user = data.getUsername();
        return new AccountPasswordData(new char[0], user == null ? null : user.toString(), null, null, null, null);
    }

    /**
     * Runs {@code fn} on the password chars: without copying for our own data, on a copy cleared afterwards for
     * plain Passay data.
     */
    static <T> T withChars(PasswordData data, Function<char[], T> fn) {
        if (data instanceof AccountPasswordData a) {
            return fn.apply(a.chars);
        }
        char[] copy = data.getPassword().toCharArray();
        try {
            return fn.apply(copy);
        } finally {
            java.util.Arrays.fill(copy, '\0');
        }
    }
}
