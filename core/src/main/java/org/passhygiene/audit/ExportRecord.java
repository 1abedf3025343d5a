package org.passhygiene.audit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One account (or one saved login) read from an export. Every part except {@code file}, {@code line} and
 * {@code username} may be absent ({@code null}, or an empty set). The secret parts ({@code password}, {@code ntHash},
 * {@code lmHash}) are owned by the reader: they are valid only during the callback that receives the record and are
 * cleared by {@link #clear()} right after it. {@link #toString()} never shows them.
 *
 * @param file            the export file as given
 * @param line            1-based line the record starts on
 * @param username        login name ({@code sAMAccountName}, e-mail address, site username)
 * @param person          who the password belongs to: the username for directory exports, the export file for
 *                        a personal password-manager export
 * @param displayName     the person's name, when the export has it
 * @param system          where the password is used: {@code ad}, {@code google}, {@code m365}, or a site's host
 * @param enabled         whether the account is enabled; {@code null} when the export does not say
 * @param groups          groups, OUs, org units and roles (names, not DNs), for the privileged mapping
 * @param passwordLastSet day the password was last set; {@code null} when unknown
 * @param lastLogon       day of the last sign-in; {@code null} when unknown or never
 * @param flags           account settings the export states ({@link AccountFlag}); empty when none or unknown
 * @param history         0 for the current password, n for secretsdump's {@code _history(n-1)} lines
 * @param password        plaintext password (password-manager and generic exports); {@code null} when absent
 * @param ntHash          16-byte NT hash (NTLM dumps); {@code null} when absent
 * @param lmHash          16-byte LM hash when one is stored (not the empty LM hash); {@code null} otherwise
 */
record ExportRecord(String file, long line, String username, String person, String displayName, String system,
                           Boolean enabled, Set<String> groups, LocalDate passwordLastSet, LocalDate lastLogon,
                           Set<AccountFlag> flags, int history, char[] password, byte[] ntHash, byte[] lmHash) {

    /** @throws NullPointerException if {@code file} or {@code username} is null */
    public ExportRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(username, "username");
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        flags = flags == null || flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        person = person == null ? username : person;
    }

    /** Starts a record of {@code username} read from {@code file} at {@code line}. */
    public static Builder builder(String file, long line, String username) {
        return new Builder(file, line, username);
    }

    /** Whether the export says "password never expires" is set. */
    public boolean neverExpires() {
        return flags.contains(AccountFlag.PASSWORD_NEVER_EXPIRES);
    }

    /** Whether the export says "password not required" is set. */
    public boolean notRequired() {
        return flags.contains(AccountFlag.PASSWORD_NOT_REQUIRED);
    }

    /** Whether the export states {@code flag}. */
    public boolean has(AccountFlag flag) {
        return flags.contains(flag);
    }

    /** Whether this is a machine account ({@code name$}): skipped for password findings. */
    public boolean machine() {
        return username.endsWith("$");
    }

    /** Whether the record carries a password or a hash. */
    public boolean hasSecret() {
        return password != null || ntHash != null;
    }

    /** Overwrites the password and hashes with zeros. */
    public void clear() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        if (ntHash != null) {
            Arrays.fill(ntHash, (byte) 0);
        }
        if (lmHash != null) {
            Arrays.fill(lmHash, (byte) 0);
        }
    }

    /** Where the record came from and whose it is; never the password or hashes. */
    @Override
    public String toString() {
        return "ExportRecord[" + file + ":" + line + " " + username + (system == null ? "" : "@" + system) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportRecord r && r.file.equals(file) && r.line == line && r.username.equals(username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, username);
    }

    /** Builds an {@link ExportRecord} part by part; every part but file, line and username is optional. */
    public static final class Builder {
        private final String file;
        private final long line;
        private final String username;
        private String person;
        private String displayName;
        private String system;
        private Boolean enabled;
        private Set<String> groups;
        private LocalDate passwordLastSet;
        private LocalDate lastLogon;
        private final Set<AccountFlag> flags = EnumSet.noneOf(AccountFlag.class);
        private int history;
        private char[] password;
        private byte[] ntHash;
        private byte[] lmHash;

        private Builder(String file, long line, String username) {
            this.file = file;
            this.line = line;
            this.username = username;
        }

        public Builder person(String v) {
            person = v;
            return this;
        }

        public Builder displayName(String v) {
            displayName = v;
            return this;
        }

        public Builder system(String v) {
            system = v;
            return this;
        }

        public Builder enabled(Boolean v) {
            enabled = v;
            return this;
        }

        public Builder groups(Set<String> v) {
            groups = v;
            return this;
        }

        public Builder passwordLastSet(LocalDate v) {
            passwordLastSet = v;
            return this;
        }

        public Builder lastLogon(LocalDate v) {
            lastLogon = v;
            return this;
        }

        /** Sets {@code flag} when {@code set} is true. */
        public Builder flag(AccountFlag flag, boolean set) {
            if (set) {
                flags.add(flag);
            }
            return this;
        }

        public Builder history(int v) {
            history = v;
            return this;
        }

        /** The plaintext password; the record takes ownership of the array (cleared by {@link #clear()}). */
        public Builder password(char[] v) {
            password = v;
            return this;
        }

        public Builder ntHash(byte[] v) {
            ntHash = v;
            return this;
        }

        public Builder lmHash(byte[] v) {
            lmHash = v;
            return this;
        }

        public ExportRecord build() {
            return new ExportRecord(file, line, username, person, displayName, system, enabled, groups,
                    passwordLastSet, lastLogon, flags, history, password, ntHash, lmHash);
        }
    }
}
