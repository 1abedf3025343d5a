package org.passhygiene.audit;

import java.util.Locale;

/** The export layouts the audit reads. {@link ExportReader#detect} picks one from the first lines of a file. */
public enum ExportFormat {
    /** Active Directory: {@code Get-ADUser -Filter * -Properties … | Export-Csv}, with or without {@code #TYPE}. */
    AD("ad", "Active Directory CSV (Get-ADUser | Export-Csv): SamAccountName plus any of Name, Enabled, "
            + "PasswordLastSet/pwdLastSet, LastLogonDate/lastLogonTimestamp, PasswordNeverExpires, "
            + "PasswordNotRequired, MemberOf, DistinguishedName"),
    /** Google Workspace admin console "Download users". */
    GOOGLE("google", "Google Workspace user download: Email Address [Required], First Name [Required], "
            + "Last Name [Required], Org Unit Path [Required], Status [READ ONLY], Last Sign In [READ ONLY]"),
    /** Microsoft 365 admin centre "Export users". */
    M365("m365", "Microsoft 365 Export users: User principal name, Display name, Block credential, "
            + "Password never expires, Last password change time stamp"),
    /**
     * NTLM dumps: impacket secretsdump output as captured (banner, log lines, SAM, LSA, NTDS, Kerberos and cleartext
     * sections), pwdump {@code DOMAIN\\user:RID:LMhash:NThash:::}, DSInternals PWDump/PWDumpHistory/HashcatNT.
     */
    SECRETSDUMP("secretsdump", "NTLM dumps: secretsdump output (as captured, banner and [*] lines included) or "
            + "pwdump lines DOMAIN\\user:RID:LMhash:NThash::: (optionally ' (pwdLastSet=…)', ' (status=…)' or "
            + "' (Enabled=…)', user_historyN lines), DSInternals PWDump/PWDumpHistory (NO LM-HASH***…) and "
            + "HashcatNT (user:NThash)"),
    /** Chrome / Edge "Export passwords" (the {@code note} column since 2022). */
    CHROME("chrome", "Chrome/Edge passwords: name,url,username,password[,note]"),
    /** Firefox "Export Logins". */
    FIREFOX("firefox", "Firefox logins: url,username,password,httpRealm,formActionOrigin,guid,timeCreated,"
            + "timeLastUsed,timePasswordChanged"),
    /** Bitwarden vault CSV export, individual ({@code folder,favorite,…}) or organisation ({@code collections,…}). */
    BITWARDEN("bitwarden", "Bitwarden vault: folder,favorite,type,name,notes,fields,reprompt,login_uri,"
            + "login_username,login_password,login_totp (organisation: collections instead of folder,favorite)"),
    /** Safari / Apple Passwords "Export Passwords". */
    SAFARI("safari", "Safari/Apple Passwords: Title,URL,Username,Password,Notes,OTPAuth"),
    /** LastPass "Export" (secure notes have the url {@code http://sn}). */
    LASTPASS("lastpass", "LastPass: url,username,password,totp,extra,name,grouping,fav"),
    /** 1Password 8 "Export" as CSV. */
    ONEPASSWORD("1password", "1Password 8 CSV: Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes"),
    /** KeePassXC "Export to CSV". */
    KEEPASSXC("keepassxc", "KeePassXC CSV: Group,Title,Username,Password,URL,Notes,TOTP,Icon,Last Modified,"
            + "Created"),
    /** Any CSV with a header, read through a {@link ColumnMapping}; never detected, only chosen. */
    GENERIC("generic", "any CSV with a header, with a column mapping (username=COLUMN,password=COLUMN,…)");

    private final String id;
    private final String expected;

    ExportFormat(String id, String expected) {
        this.id = id;
        this.expected = expected;
    }

    /** The name used on the command line, e.g. {@code ad}, {@code secretsdump}. */
    public String id() {
        return id;
    }

    /** For people: the header or line layout this format expects. */
    public String expected() {
        return expected;
    }

    /**
     * @throws IllegalArgumentException naming the formats when {@code id} is not one
     */
    public static ExportFormat fromId(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (ExportFormat f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.id);
        }
        throw new IllegalArgumentException("unknown export format '" + id + "'; formats: " + sb);
    }

    @Override
    public String toString() {
        return id;
    }
}
