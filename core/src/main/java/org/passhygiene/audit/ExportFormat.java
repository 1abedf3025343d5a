package org.passhygiene.audit;

import static org.passhygiene.audit.CsvLayout.has;
import static org.passhygiene.audit.CsvLayout.hasAny;
import static org.passhygiene.audit.CsvLayout.within;

import java.util.List;
import java.util.Locale;

/**
 * The export layouts the audit reads. {@link ExportReader#detect} picks one from the first lines of a file.
 *
 * <p>This enum is the registry of formats: each constant holds its id, the layout people are told to expect, and
 * (package-private) its {@code ExportLayout}: its place in the detection order, how it is recognised from the first
 * line (the CSV header's column names, lower-case) and how its rows become records. Adding a format is one constant.
 */
public enum ExportFormat {
    /** Active Directory: {@code Get-ADUser -Filter * -Properties … | Export-Csv}, with or without {@code #TYPE}. */
    AD("ad", "Active Directory CSV (Get-ADUser | Export-Csv): SamAccountName plus any of Name, Enabled, "
            + "PasswordLastSet/pwdLastSet, LastLogonDate/lastLogonTimestamp, PasswordNeverExpires, "
            + "PasswordNotRequired, MemberOf, DistinguishedName",
            CsvLayout.accounts(20, has("samaccountname"), "SamAccountName", AccountRows::activeDirectory)
                    .withComments()),
    /** Google Workspace admin console "Download users". */
    GOOGLE("google", "Google Workspace user download: Email Address [Required], First Name [Required], "
            + "Last Name [Required], Org Unit Path [Required], Status [READ ONLY], Last Sign In [READ ONLY]",
            CsvLayout.accounts(30, has("email address [required]"), "Email Address [Required]", AccountRows::google)),
    /** Microsoft 365 admin centre "Export users". */
    M365("m365", "Microsoft 365 Export users: User principal name, Display name, Block credential, "
            + "Password never expires, Last password change time stamp",
            CsvLayout.accounts(40, has("user principal name"), "User principal name", AccountRows::m365)),
    /**
     * NTLM dumps: impacket secretsdump output as captured (banner, log lines, SAM, LSA, NTDS, Kerberos and cleartext
     * sections), pwdump {@code DOMAIN\\user:RID:LMhash:NThash:::}, DSInternals PWDump/PWDumpHistory/HashcatNT.
     */
    SECRETSDUMP("secretsdump", "NTLM dumps: secretsdump output (as captured, banner and [*] lines included) or "
            + "pwdump lines DOMAIN\\user:RID:LMhash:NThash::: (optionally ' (pwdLastSet=…)', ' (status=…)' or "
            + "' (Enabled=…)', user_historyN lines), DSInternals PWDump/PWDumpHistory (NO LM-HASH***…) and "
            + "HashcatNT (user:NThash)",
            SecretsdumpReader.layout(10)),
    /** Chrome / Edge "Export passwords" (the {@code note} column since 2022). */
    CHROME("chrome", "Chrome/Edge passwords: name,url,username,password[,note]",
            // exactly Chrome's columns: LastPass's header has name,url,username,password too
            PasswordManagerLayouts.layout(110, has("name", "url", "username", "password")
                            .and(within("name", "url", "username", "password", "note")),
                    List.of("url", "username", "password"), PasswordManagerLayouts::chrome)),
    /** Firefox "Export Logins". */
    FIREFOX("firefox", "Firefox logins: url,username,password,httpRealm,formActionOrigin,guid,timeCreated,"
            + "timeLastUsed,timePasswordChanged",
            PasswordManagerLayouts.layout(100, has("url", "username", "password")
                            .and(hasAny("httprealm", "formactionorigin", "timepasswordchanged")),
                    List.of("url", "username", "password"), PasswordManagerLayouts::firefox)),
    /** Bitwarden vault CSV export, individual ({@code folder,favorite,…}) or organisation ({@code collections,…}). */
    BITWARDEN("bitwarden", "Bitwarden vault: folder,favorite,type,name,notes,fields,reprompt,login_uri,"
            + "login_username,login_password,login_totp (organisation: collections instead of folder,favorite)",
            PasswordManagerLayouts.layout(50, has("login_username", "login_password"),
                    List.of("login_username", "login_password"), PasswordManagerLayouts::bitwarden)),
    /** Safari / Apple Passwords "Export Passwords". */
    SAFARI("safari", "Safari/Apple Passwords: Title,URL,Username,Password,Notes,OTPAuth",
            PasswordManagerLayouts.layout(90, has("title", "url", "username", "password")
                            .and(within("title", "url", "username", "password", "notes", "otpauth")),
                    List.of("title", "url", "username", "password"), PasswordManagerLayouts::titled)),
    /** LastPass "Export" (secure notes have the url {@code http://sn}). */
    LASTPASS("lastpass", "LastPass: url,username,password,totp,extra,name,grouping,fav",
            PasswordManagerLayouts.layout(60, has("url", "username", "password", "extra", "name", "grouping"),
                    List.of("url", "username", "password"), PasswordManagerLayouts::lastPass)),
    /** 1Password 8 "Export" as CSV. */
    ONEPASSWORD("1password", "1Password 8 CSV: Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes",
            PasswordManagerLayouts.layout(80, has("title", "url", "username", "password")
                            .and(hasAny("archived", "favorite", "tags")),
                    List.of("title", "url", "username", "password"), PasswordManagerLayouts::titled)),
    /** KeePassXC "Export to CSV". */
    KEEPASSXC("keepassxc", "KeePassXC CSV: Group,Title,Username,Password,URL,Notes,TOTP,Icon,Last Modified,"
            + "Created",
            PasswordManagerLayouts.layout(70, has("group", "title", "username", "password", "url"),
                    List.of("title", "username", "password", "url"), PasswordManagerLayouts::titled)),
    /** Any CSV with a header, read through a {@link ColumnMapping}; never detected, only chosen. */
    GENERIC("generic", "any CSV with a header, with a column mapping (username=COLUMN,password=COLUMN,…)",
            CsvLayout.generic()),
    /**
     * Microsoft Entra "User registration details" (authentication methods: MFA registration per user), as the admin
     * center downloads it or as Graph PowerShell exports it.
     */
    ENTRA("entra", "Microsoft Entra user registration details: userPrincipalName and isMfaRegistered or isMfaCapable "
            + "(the admin center's Download, or Graph PowerShell's Export-Csv), isAdmin and userType if chosen",
            CsvLayout.accounts(35, hasAny("user principal name", "userprincipalname")
                            .and(hasAny(lower(AccountRows.ENTRA_MFA_REGISTERED))
                                    .or(hasAny(lower(AccountRows.ENTRA_MFA_CAPABLE)))),
                    List.of(AccountRows.ENTRA_UPN), AccountRows::entra));

    private final String id;
    private final String expected;
    private final ExportLayout layout;

    /**
     * @param layout detection (precedence: NTLM dumps 10, directories 20-40 (Entra's registration details 35, before
     *               Microsoft 365's user export), password managers 50-110, where the
     *               order settles headers more than one layout would take) and reading
     */
    ExportFormat(String id, String expected, ExportLayout layout) {
        this.id = id;
        this.expected = expected;
        this.layout = layout;
    }

    /**
     * Whether its rows can name groups, OUs, org units or roles (what makes an account privileged by the policy's
     * {@code privileged-groups}): directory exports do; NTLM dumps, Entra's registration details and password
     * managers do not.
     */
    boolean groups() {
        return this == AD || this == GOOGLE || this == M365 || this == GENERIC;
    }

    /** {@code names} in lower case, as header tests take them. */
    private static String[] lower(String[] names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = names[i].toLowerCase(Locale.ROOT);
        }
        return out;
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

    /** How this format is detected and read. */
    ExportLayout layout() {
        return layout;
    }

    @Override
    public String toString() {
        return id;
    }
}
