package org.passhygiene;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.rule.Rule;
import org.passhygiene.rules.AccountPasswordData;
import org.passhygiene.store.CredentialStore;

/**
 * How {@link PasswordPolicy#check} judges one password: NFC-normalised, refused as too long before any rule runs,
 * then every rule on the account's context, the violations (with their messages) in code order. Holds no password.
 * Owns its rules: {@link #close()} closes those that hold resources (the breach indexes).
 */
final class PasswordCheck implements AutoCloseable {

    private final List<Rule> rules;
    private final Messages messages;
    private final int maxLength;

    PasswordCheck(List<Rule> rules, Messages messages, int maxLength) {
        this.rules = List.copyOf(rules);
        this.messages = messages;
        this.maxLength = maxLength;
    }

    /** Closes the rules that hold resources, e.g. the breach indexes a {@code BreachRule} was given. */
    @Override
    public void close() {
        for (Rule rule : rules) {
            if (rule instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing " + rule.getClass().getSimpleName(), e);
                }
            }
        }
    }

    CheckResult check(char[] password, Account account) {
        Objects.requireNonNull(password, "password");
        Account context = account == null ? Account.anonymous() : account;
        int rawCount = Character.codePointCount(password, 0, password.length);
        // Too long: decided on the raw count alone when normalising could not bring it under the cap, so a
        // megabyte of input costs one pass. NFC composition shrinks text by at most a few code points per char.
        if (rawCount > maxLength * 3) {
            return tooLong();
        }
        char[] normalised = nfc(password);
        AccountPasswordData data = null;
        try {
            int count = normalised == password ? rawCount
                    : Character.codePointCount(normalised, 0, normalised.length);
            if (count > maxLength) {
                return tooLong();
            }
            data = new AccountPasswordData(normalised, context.username(), context.fullName(),
                    context.organisation(), context.system(), context.roles());
            List<Violation> violations = new ArrayList<>();
            for (Rule rule : rules) {
                RuleResult result = rule.validate(data);
                if (!result.isValid()) {
                    for (RuleResultDetail detail : result.getDetails()) {
                        violations.add(messages.violation(detail.getErrorCode(), detail.getParameters()));
                    }
                }
            }
            // The embedded breach index is built from the common-password list: one reason is enough.
            if (violations.stream().anyMatch(v -> v.code() == ViolationCode.COMMON_PASSWORD)) {
                violations.removeIf(v -> v.code() == ViolationCode.BREACHED);
            }
            violations.sort((a, b) -> a.code().compareTo(b.code()));
            return new CheckResult(violations);
        } finally {
            if (data != null) {
                data.clear();
            }
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    private CheckResult tooLong() {
        return new CheckResult(List.of(messages.violation(ViolationCode.TOO_LONG.name(),
                Map.of("maximumLength", maxLength))));
    }

    /**
     * Records {@code password} for the account's user and system in {@code store}, fingerprinted in the NFC form
     * {@link #check} compares; a normalised copy is cleared after.
     */
    static void record(CredentialStore store, char[] password, Account account, String setBy, Instant setAt) {
        char[] normalised = nfc(password);
        try {
            store.record(account.username(), account.system(), account.roles(), normalised, setBy, setAt);
        } finally {
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    /** NFC form of the password: the same array when already normalised (the common case), else a new one. */
    static char[] nfc(char[] password) {
        CharBuffer view = CharBuffer.wrap(password);
        if (Normalizer.isNormalized(view, Normalizer.Form.NFC)) {
            return password;
        }
        // Unavoidable String: java.text.Normalizer has no char[] output. Rare (decomposed input only).
        return Normalizer.normalize(view, Normalizer.Form.NFC).toCharArray();
    }
}
