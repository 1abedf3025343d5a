package org.passhygiene.rules;

import java.util.Objects;
import java.util.function.Function;

import org.passay.PasswordData;
import org.passay.UnicodeString;
import org.passhygiene.Account;

/**
 * Passay's {@link PasswordData} plus the account context the passhygiene rules compare with (names, organisation,
 * system, roles), and the password as the {@code char[]} the rules scan without copying. Lives only for one check.
 */
public final class AccountPasswordData extends PasswordData {

    private final char[] chars;
    private final Account account;

    /**
     * @param password the password to check; not copied, so the caller clears it after the check
     * @param account  the context
     */
    public AccountPasswordData(char[] password, Account account) {
        super(account.username() == null ? null : new UnicodeString(account.username()),
                new UnicodeString(password));
        this.chars = password;
        this.account = Objects.requireNonNull(account, "account");
    }

    public Account account() {
        return account;
    }

    /** The account behind any {@link PasswordData}: plain Passay data gives one with just the username. */
    static Account accountOf(PasswordData data) {
        if (data instanceof AccountPasswordData a) {
            return a.account;
        }
        UnicodeString user = data.getUsername();
        return user == null ? Account.anonymous() : Account.of(user.toString());
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
