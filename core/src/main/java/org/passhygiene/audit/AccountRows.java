package org.passhygiene.audit;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rows of account exports as records: Active Directory ({@code Get-ADUser | Export-Csv}), Google Workspace,
 * Microsoft 365, Microsoft Entra user registration details, and any CSV read through a {@link ColumnMapping}. One record per row; the person is the account name
 * without its domain unless mapped.
 */
final class AccountRows {

    /** What PowerShell writes for MemberOf when it was not joined: the groups are not in the export. */
    static final String UNJOINED_MEMBER_OF = "Microsoft.ActiveDirectory.Management.ADPropertyValueCollection";

    private AccountRows() {
    }

    private static String person(String username) {
        String u = username.toLowerCase(Locale.ROOT);
        int at = u.indexOf('@');
        return at > 0 ? u.substring(0, at) : u;
    }

    /** The non-blank parts of {@code cell} split at {@code separator} (a regex), each through {@code part}. */
    private static Set<String> parts(String cell, String separator, UnaryOperator<String> part) {
        Set<String> out = new LinkedHashSet<>();
        if (cell != null) {
            for (String p : cell.split(separator)) {
                if (!p.isBlank()) {
                    out.add(part.apply(p));
                }
            }
        }
        return out;
    }

    private static String required(String name, String value) throws Fields.BadField {
        if (value == null || value.isBlank()) {
            throw new Fields.BadField(name + " is empty");
        }
        return value.trim();
    }

    /** What the report says when MemberOf was not joined: the groups are not in the export. */
    static String unjoinedNote(String file, long rows) {
        return file + ": group membership is missing for " + rows + " account(s): MemberOf was exported without "
                + "-join (its cells read " + UNJOINED_MEMBER_OF + "), so the privileged checks by group could not "
                + "run (ROTATION_OVERDUE and DISABLED_PRIVILEGED for members of privileged groups; OUs in "
                + "DistinguishedName still count). Export it joined: Select-Object …,@{n='MemberOf';e={$_.MemberOf "
                + "-join ';'}}";
    }

    /** userAccountControl bits (MS-ADTS 2.2.16) and the flag each means. */
    private static final long ACCOUNTDISABLE = 0x2;
    private static final long NOT_DELEGATED = 0x100000;
    private static final long[][] UAC_BITS = {
        {0x20, AccountFlag.PASSWORD_NOT_REQUIRED.ordinal()},
        {0x80, AccountFlag.REVERSIBLE_ENCRYPTION.ordinal()},
        {0x10000, AccountFlag.PASSWORD_NEVER_EXPIRES.ordinal()},
        {0x100000, AccountFlag.NOT_DELEGATED.ordinal()},
        {0x200000, AccountFlag.DES_ONLY.ordinal()},
        {0x400000, AccountFlag.PREAUTH_NOT_REQUIRED.ordinal()}};
    /**
     * A {@code userAccountControl} value: decimal as Get-ADUser, csvde and ldifde write it, negative when a tool
     * printed the 32-bit value signed (LDAP's Integer syntax), or hex ({@code 0x10200}) as some tools and hand-made
     * lists write it. Anything else (flag names, a value beyond 32 bits) is a bad field: guessing could hide a flag.
     */
    static long userAccountControl(String u) throws Fields.BadField {
        try {
            if (u.length() > 2 && u.length() <= 10 && (u.startsWith("0x") || u.startsWith("0X"))) {
                return Long.parseLong(u.substring(2), 16);
            }
            boolean negative = u.startsWith("-");
            String digits = negative ? u.substring(1) : u;
            if (Fields.isDigits(digits) && digits.length() <= 10) {
                long v = negative ? -Long.parseLong(digits) : Long.parseLong(digits);
                if (v >= Integer.MIN_VALUE && v <= 0xFFFFFFFFL) {
                    return v & 0xFFFFFFFFL;
                }
            }
        } catch (NumberFormatException e) {
            // a bad field below
        }
        throw new Fields.BadField("userAccountControl: not a 32-bit number (66048, or 0x10200 in hex)");
    }

    /** The Get-ADUser property for each flag (-Properties * exports them besides userAccountControl). */
    private static final Map<AccountFlag, String> FLAG_PROPERTIES = Map.of(
            AccountFlag.PASSWORD_NEVER_EXPIRES, "PasswordNeverExpires",
            AccountFlag.PASSWORD_NOT_REQUIRED, "PasswordNotRequired",
            AccountFlag.REVERSIBLE_ENCRYPTION, "AllowReversiblePasswordEncryption",
            AccountFlag.PREAUTH_NOT_REQUIRED, "DoesNotRequirePreAuth",
            AccountFlag.DES_ONLY, "UseDESKeyOnly",
            AccountFlag.NOT_DELEGATED, "AccountNotDelegated");

    static ExportRecord activeDirectory(String file, long line, CsvRow r) throws Fields.BadField {
        String user = required("SamAccountName", r.get("SamAccountName"));
        String display = r.get("DisplayName") != null ? r.get("DisplayName") : r.get("Name");
        Set<String> groups = new LinkedHashSet<>();
        String memberOf = r.get("MemberOf");
        if (memberOf != null && memberOf.trim().equals(UNJOINED_MEMBER_OF)) {
            r.unjoinedMemberOf++;
        } else if (memberOf != null) {
            String m = memberOf.startsWith("{") && memberOf.endsWith("}")
                    ? memberOf.substring(1, memberOf.length() - 1) : memberOf;
            groups = parts(m, ";", Fields::commonName);
        }
        groups.addAll(Fields.organisationalUnits(r.get("DistinguishedName")));
        LocalDate lastSet = r.has("PasswordLastSet") ? r.date("PasswordLastSet") : r.date("pwdLastSet");
        LocalDate lastLogon = r.has("LastLogonDate") ? r.date("LastLogonDate") : r.date("lastLogonTimestamp");
        Boolean enabled = Fields.bool("Enabled", r.get("Enabled"));
        ExportRecord.Builder b = ExportRecord.builder(file, line, user).person(person(user)).displayName(display)
                .system("ad").groups(groups).passwordLastSet(lastSet).lastLogon(lastLogon);
        String uac = r.get("userAccountControl");
        // whether the export says the account may be delegated: null when it does not say
        Boolean delegatable = null;
        if (uac != null) {
            long bits = userAccountControl(uac.trim());
            for (long[] bit : UAC_BITS) {
                b.flag(AccountFlag.values()[(int) bit[1]], (bits & bit[0]) != 0);
            }
            if (enabled == null) {
                enabled = (bits & ACCOUNTDISABLE) == 0;
            }
            delegatable = (bits & NOT_DELEGATED) == 0;
        }
        for (Map.Entry<AccountFlag, String> e : FLAG_PROPERTIES.entrySet()) {
            Boolean set = Fields.bool(e.getValue(), r.get(e.getValue()));
            b.flag(e.getKey(), Boolean.TRUE.equals(set));
            if (e.getKey() == AccountFlag.NOT_DELEGATED && set != null) {
                delegatable = (delegatable == null || delegatable) && !set;
            }
        }
        String adminCount = r.get("adminCount");
        return b.enabled(enabled).flag(AccountFlag.DELEGATABLE, Boolean.TRUE.equals(delegatable))
                .flag(AccountFlag.ADMIN_ROLE, adminCount != null && adminCount.trim().equals("1")).build();
    }

    static ExportRecord google(String file, long line, CsvRow r) throws Fields.BadField {
        String user = required("Email Address [Required]", r.get("Email Address [Required]"));
        String first = r.get("First Name [Required]");
        String last = r.get("Last Name [Required]");
        String display = first == null && last == null ? null
                : ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        Set<String> groups = parts(r.get("Org Unit Path [Required]"), "/", String::trim);
        String status = r.get("Status [READ ONLY]");
        Boolean enabled = status == null ? null : !status.trim().equalsIgnoreCase("Suspended");
        Boolean enrolled = Fields.bool("2sv Enrolled [READ ONLY]", r.get("2sv Enrolled [READ ONLY]"));
        Boolean enforced = Fields.bool("2sv Enforced [READ ONLY]", r.get("2sv Enforced [READ ONLY]"));
        String pw = r.get("Password [Required]");
        char[] password = pw == null || pw.chars().allMatch(c -> c == '*') ? null : pw.toCharArray();
        return ExportRecord.builder(file, line, user).person(person(user)).displayName(display).system("google")
                .enabled(enabled).groups(groups)
                .lastLogon(r.date("Last Sign In [READ ONLY]"))
                .flag(AccountFlag.MFA_NOT_ENROLLED, Boolean.FALSE.equals(enrolled))
                .flag(AccountFlag.MFA_ENFORCED, Boolean.TRUE.equals(enforced))
                .password(password).build();
    }

    static ExportRecord m365(String file, long line, CsvRow r) throws Fields.BadField {
        String user = required("User principal name", r.get("User principal name"));
        Boolean blocked = Fields.bool("Block credential", r.get("Block credential"));
        Set<String> groups = parts(r.first("Roles", "Admin roles"), "[;+]", String::trim);
        return ExportRecord.builder(file, line, user).person(person(user)).displayName(r.get("Display name"))
                .system("m365").enabled(blocked == null ? null : !blocked).groups(groups)
                .passwordLastSet(r.date("Last password change time stamp"))
                .flag(AccountFlag.PASSWORD_NEVER_EXPIRES,
                        Boolean.TRUE.equals(Fields.bool("Password never expires", r.get("Password never expires"))))
                .build();
    }

    /**
     * Microsoft Entra "User registration details": the admin center's Download (Graph's property names as the header,
     * {@code userPrincipalName,userDisplayName,isMfaCapable,…}, with the columns the blade shows) or the same report
     * through Graph PowerShell ({@code Get-MgReportAuthenticationMethodUserRegistrationDetail | Export-Csv}). MFA is
     * judged by {@code isMfaRegistered} where the file has it, else by {@code isMfaCapable} (the download's default
     * columns). Guests ({@code userType} Guest, or {@code #EXT#} in the name when the file has no user type) are read
     * but not judged for MFA (their home organisation's sign-in holds their second factor); the report leaves out
     * disabled users, so it says nothing about enabled. A file without the {@code isAdmin} column gets a note: its
     * administrators cannot be told apart.
     */
    static ExportRecord entra(String file, long line, CsvRow r) throws Fields.BadField {
        String user = required("userPrincipalName", r.first(ENTRA_UPN));
        boolean byRegistration = r.hasAny(ENTRA_MFA_REGISTERED);
        Boolean mfa = byRegistration ? mfaValue("isMfaRegistered", "Registered", r.first(ENTRA_MFA_REGISTERED))
                : mfaValue("isMfaCapable", "Capable", r.first(ENTRA_MFA_CAPABLE));
        Boolean admin = Fields.bool("isAdmin", r.first(ENTRA_ADMIN));
        if (!r.hasAny(ENTRA_ADMIN)) {
            r.note(entraAdminNote(file));
        }
        String type = r.first("userType", "User type");
        boolean guest = type != null ? type.trim().equalsIgnoreCase("guest")
                : user.toUpperCase(Locale.ROOT).contains("#EXT#");
        return ExportRecord.builder(file, line, user).person(person(user))
                .displayName(r.first("userDisplayName", "Display name", "Name")).system("entra")
                .flag(AccountFlag.MFA_NOT_ENROLLED, !guest && Boolean.FALSE.equals(mfa))
                .flag(AccountFlag.MFA_CAPABILITY_ONLY, !byRegistration)
                .flag(AccountFlag.ADMIN_ROLE, Boolean.TRUE.equals(admin)).build();
    }

    /** What the report says of an Entra file without the {@code isAdmin} column. */
    static String entraAdminNote(String file) {
        return file + ": the Entra user registration details have no isAdmin column, so administrators without MFA "
                + "are reported as MEDIUM like other staff (HIGH only where a privileged group in another export "
                + "names them): before Download, add the Admin column (Columns), or export with Graph PowerShell "
                + "(IsAdmin)";
    }

    /**
     * The download's and Graph PowerShell's True / False, or the blade's {@code word} / Not {@code word}
     * (Registered, Capable); empty is null.
     */
    private static Boolean mfaValue(String column, String word, String value) throws Fields.BadField {
        if (value != null && value.trim().equalsIgnoreCase(word)) {
            return Boolean.TRUE;
        }
        if (value != null && value.trim().equalsIgnoreCase("not " + word)) {
            return Boolean.FALSE;
        }
        try {
            return Fields.bool(column, value);
        } catch (Fields.BadField e) {
            throw new Fields.BadField(column + ": not True, False, " + word + " or Not " + word.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The Entra report's columns: the admin center's download and Graph PowerShell write Graph's property names
     * ({@code userPrincipalName}, {@code IsMfaRegistered}: case does not matter); downloads of 2023 wrote them without
     * {@code is} ({@code mfaCapable}); the blade's column titles are read too.
     */
    static final String[] ENTRA_UPN = {"userPrincipalName", "User principal name"};
    static final String[] ENTRA_MFA_REGISTERED = {"isMfaRegistered", "mfaRegistered",
        "Multifactor authentication registered", "MFA registered"};
    static final String[] ENTRA_MFA_CAPABLE = {"isMfaCapable", "mfaCapable", "Multifactor authentication capable",
        "MFA capable"};
    static final String[] ENTRA_ADMIN = {"isAdmin", "Admin"};

    static ExportRecord generic(String file, long line, CsvRow r, ColumnMapping m) throws Fields.BadField {
        String user = required(m.column("username"), r.get(m.column("username")));
        String person = r.get(m.column("person"));
        Set<String> groups = parts(r.get(m.column("groups")), ";", Fields::commonName);
        String pw = m.column("password") == null ? null : r.get(m.column("password"));
        char[] password = m.column("password") == null ? null : pw == null ? new char[0] : pw.toCharArray();
        byte[] nt = m.column("nt-hash") == null || r.get(m.column("nt-hash")) == null ? null
                : Fields.hash16("NT hash", r.get(m.column("nt-hash")).trim());
        String system = r.get(m.column("system"));
        return ExportRecord.builder(file, line, user)
                .person(person == null ? person(user) : person.toLowerCase(Locale.ROOT))
                .displayName(r.get(m.column("display-name")))
                .system(system == null ? "generic" : Fields.site(system))
                .enabled(Fields.bool(m.column("enabled"), r.get(m.column("enabled")))).groups(groups)
                .passwordLastSet(r.date(m.column("password-last-set")))
                .lastLogon(r.date(m.column("last-logon")))
                .flag(AccountFlag.PASSWORD_NEVER_EXPIRES,
                        Boolean.TRUE.equals(Fields.bool(m.column("never-expires"), r.get(m.column("never-expires")))))
                .flag(AccountFlag.PASSWORD_NOT_REQUIRED,
                        Boolean.TRUE.equals(Fields.bool(m.column("not-required"), r.get(m.column("not-required")))))
                .password(password).ntHash(nt).build();
    }
}
