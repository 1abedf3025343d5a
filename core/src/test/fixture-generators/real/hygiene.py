"""Issue #14 fixtures (account hygiene): Google user download with 2SV columns, Entra user registration details
(admin center download and Graph PowerShell export), Get-ADUser with userAccountControl Kerberos bits, leavers lists.
Run from this directory: python3 hygiene.py. Layouts and sources: audit/real/NOTES.md, "issue #14" section."""
import datetime as dt
from common import write, REPO

D = dt.datetime
AUDIT = REPO + 'core/src/test/resources/org/passhygiene/audit/real/'


def cell(v, delim=',', quote='Always'):
    """PowerShell CsvCommands.cs: null -> nothing; Always -> quoted, " doubled; AsNeeded -> only when needed.
    quote='Minimal' is RFC 4180 as Google and most web exports write it (quote only when needed)."""
    if v is None:
        return ''
    if quote == 'Always' or (quote in ('AsNeeded', 'Minimal') and (delim in v or '\n' in v or '"' in v)):
        return '"' + v.replace('"', '""') + '"'
    return v


def table(header, rows, delim=',', quote='Always', eol='\r\n'):
    lines = [delim.join(cell(h, delim, quote) for h in header)]
    lines += [delim.join(cell(v, delim, quote) for v in r) for r in rows]
    return eol.join(lines) + eol


# ---- Google Workspace admin console: Users > Download users > All user info columns > CSV ----------------------
# Header as the console writes it today (2SV columns, storage columns, Advanced Protection, Gemini); values True/False,
# Status Active/Suspended, Last Sign In yyyy/MM/dd HH:mm:ss or "Never logged in", Password "****".
GOOGLE = ['First Name [Required]', 'Last Name [Required]', 'Email Address [Required]', 'Password [Required]',
          'Password Hash Function [UPLOAD ONLY]', 'Org Unit Path [Required]', 'New Primary Email [UPLOAD ONLY]',
          'Status [READ ONLY]', 'Last Sign In [READ ONLY]', 'Recovery Email', 'Home Secondary Email',
          'Work Secondary Email', 'Recovery Phone [MUST BE IN THE E.164 FORMAT]', 'Work Phone', 'Home Phone',
          'Mobile Phone', 'Work Address', 'Home Address', 'Employee ID', 'Employee Type', 'Employee Title',
          'Manager Email', 'Department', 'Cost Center', '2sv Enrolled [READ ONLY]', '2sv Enforced [READ ONLY]',
          'Building ID', 'Floor Name', 'Floor Section', 'Email Usage [READ ONLY]', 'Drive Usage [READ ONLY]',
          'Photos Usage [READ ONLY]', 'Storage limit [READ ONLY]', 'Storage Used [READ ONLY]',
          'Change Password at Next Sign-In', 'New Status [UPLOAD ONLY]', 'Advanced Protection Program enrollment',
          'Gemini Limit Status [READ ONLY]']
# first, last, email, org unit, status, last sign in, 2sv enrolled, 2sv enforced, title
G_USERS = [
    ('Helen', 'Head', 'head', '/Staff/SLT', 'Active', '2026/03/13 07:58:31', True, True, 'Headteacher'),
    ('Dan', 'Deputy', 'dhead', '/Staff/SLT', 'Active', '2026/03/12 16:02:10', False, True, 'Deputy Head'),
    ('Olive', 'Office', 'office1', '/Staff/Office', 'Active', '2026/03/12 15:47:02', False, False, 'Office Manager'),
    ('Jane', 'Smith', 'jsmith', '/Staff/Teachers', 'Active', '2026/03/13 08:01:44', False, False, 'Teacher'),
    ('Bob', 'Jones', 'bjones', '/Staff/Teachers', 'Active', '2026/03/10 16:30:00', False, True, 'Teacher'),
    ('Si\u00e2n', 'Evans', 'sevans', '/Staff/Teachers', 'Active', '2026/03/11 09:12:00', True, False, 'Teacher'),
    ('Old', 'Head', 'oldhead', '/Leavers', 'Suspended', '2025/07/18 15:00:00', False, False, None),
    ('Tom', 'Trainee', 'ttrainee', '/Staff/Teachers', 'Active', 'Never logged in', False, False, 'Trainee'),
]


def google_rows():
    rows = []
    for first, last, user, ou, status, last_in, enrolled, enforced, title in G_USERS:
        r = {h: None for h in GOOGLE}
        r.update({'First Name [Required]': first, 'Last Name [Required]': last,
                  'Email Address [Required]': user + '@oakfield.sch.uk', 'Password [Required]': '****',
                  'Org Unit Path [Required]': ou, 'Status [READ ONLY]': status, 'Last Sign In [READ ONLY]': last_in,
                  'Employee Title': title, '2sv Enrolled [READ ONLY]': str(enrolled),
                  '2sv Enforced [READ ONLY]': str(enforced), 'Email Usage [READ ONLY]': '0.31GB',
                  'Drive Usage [READ ONLY]': '2.04GB', 'Photos Usage [READ ONLY]': '0GB',
                  'Storage limit [READ ONLY]': '100TB', 'Storage Used [READ ONLY]': '2.35GB',
                  'Change Password at Next Sign-In': 'False', 'Advanced Protection Program enrollment': 'False',
                  'Gemini Limit Status [READ ONLY]': None})
        rows.append([r[h] for h in GOOGLE])
    return rows


write(AUDIT + 'google/users-download-2sv.csv', table(GOOGLE, google_rows(), quote='Minimal'), 'utf-8',
      newline='\n')

# ---- Microsoft Entra user registration details -------------------------------------------------------------------
# upn, display name, user type, admin, mfa capable, mfa registered, passwordless, default method, methods
E_USERS = [
    ('head@oakfield.sch.uk', 'Helen Head', 'Member', True, True, True, False, 'microsoftAuthenticatorPush',
     ['microsoftAuthenticatorPush', 'softwareOneTimePasscode']),
    ('itadmin@oakfield.sch.uk', 'IT Admin', 'Member', True, False, False, False, 'none', []),
    ('office1@oakfield.sch.uk', 'Olive Office', 'Member', False, False, False, False, 'none', []),
    ('jsmith@oakfield.sch.uk', 'Jane Smith', 'Member', False, False, False, False, 'none', ['email']),
    ('bjones@oakfield.sch.uk', 'Bob Jones', 'Member', False, True, True, False, 'mobilePhone', ['mobilePhone']),
    ('sevans@oakfield.sch.uk', 'Si\u00e2n Evans', 'Member', False, True, True, True, 'microsoftAuthenticatorPush',
     ['microsoftAuthenticatorPasswordless', 'microsoftAuthenticatorPush']),
    ('governor_example.org#EXT#@oakfieldschool.onmicrosoft.com', 'A Governor', 'Guest', False, False, False, False,
     'none', []),
]
# Admin center: Protection > Authentication methods > User registration details > Download, with the columns the blade
# shows by default. Layout of a real download (JonathanGribe/EntraID_projects exportUserRegistrationDetails_2026-9-23.csv,
# see NOTES.md): Graph's property names as the header, True/False, defaultMfaMethod "none", methodsRegistered as a
# JSON array ("[]", or quoted with doubled quotes), lastUpdatedDateTime ISO 8601 UTC with 7 fraction digits at most;
# quoting as needed, LF, no BOM. Guests are in it (#EXT#); there is no userType or isAdmin column.
PORTAL = ['userPrincipalName', 'userDisplayName', 'isMfaCapable', 'isPasswordlessCapable', 'isSsprCapable',
          'defaultMfaMethod', 'methodsRegistered', 'lastUpdatedDateTime']


def methods_json(methods):
    return '[' + ','.join('"' + m + '"' for m in methods) + ']'


UPDATED = ['2026-03-15T21:36:33.918907Z', '2026-03-15T21:36:33.9174556Z', '2026-03-15T21:36:33.9141037Z',
           '2026-03-15T21:36:33.9199857Z', '2026-03-15T21:36:33.91918Z', '2026-03-15T21:36:34.0483379Z',
           '2026-03-14T18:49:13.142503Z']
rows = []
for (upn, name, kind, admin, capable, registered, pwless, default, methods), updated in zip(E_USERS, UPDATED):
    rows.append([upn, name, str(capable), str(pwless), 'False', default, methods_json(methods), updated])
write(AUDIT + 'entra/exportUserRegistrationDetails-download.csv', table(PORTAL, rows, quote='Minimal', eol='\n'),
      'utf-8', newline='\n')

# Graph PowerShell 2.x in PowerShell 7: Get-MgReportAuthenticationMethodUserRegistrationDetail -All |
#   Select-Object UserPrincipalName,UserDisplayName,UserType,IsAdmin,IsMfaCapable,IsMfaRegistered,
#   IsPasswordlessCapable,DefaultMfaMethod,@{n='MethodsRegistered';e={$_.MethodsRegistered -join ';'}} |
#   Export-Csv mfa.csv            (UTF-8 without BOM, no #TYPE, every value quoted, True/False, CRLF)
GRAPH = ['UserPrincipalName', 'UserDisplayName', 'UserType', 'IsAdmin', 'IsMfaCapable', 'IsMfaRegistered',
         'IsPasswordlessCapable', 'DefaultMfaMethod', 'MethodsRegistered']
rows = [[upn, name, kind.lower(), str(admin), str(capable), str(registered), str(pwless), default, ';'.join(methods)]
        for upn, name, kind, admin, capable, registered, pwless, default, methods in E_USERS]
write(AUDIT + 'entra/graph-registration-details-ps7.csv', table(GRAPH, rows), 'utf-8', newline='\n')

# ---- Get-ADUser with userAccountControl: the Kerberos bits ------------------------------------------------------
# PowerShell 7: Get-ADUser -Filter * -Properties userAccountControl,PasswordLastSet,LastLogonDate,MemberOf |
#   Select-Object DistinguishedName,Enabled,SamAccountName,userAccountControl,PasswordLastSet,LastLogonDate,
#   @{n='MemberOf';e={$_.MemberOf -join ';'}} | Export-Csv ad.csv -UseQuotes AsNeeded
BASE = 'DC=oakfield,DC=sch,DC=uk'


def grp(cn, ou='OU=Groups'):
    return f'CN={cn},{ou},{BASE}'


DA = grp('Domain Admins', 'CN=Users')
SLT = grp('SLT'); STAFF = grp('Staff'); TEACH = grp('Teachers'); OFFICE = grp('Office')
SET = D(2026, 1, 12, 8, 2, 11)  # this term: no ROTATION_OVERDUE
# sam, display, parent, enabled, uac, groups, last logon
AD = [
    ('Administrator', 'Administrator', 'CN=Users', True, 512, [DA], D(2026, 3, 13, 16, 30, 5)),
    ('itadmin', 'IT Admin', 'OU=IT', True, 0x100000 | 0x200, [DA], D(2026, 3, 13, 8, 0, 0)),
    ('head', 'Helen Head', 'OU=SLT,OU=Staff', True, 0x100000 | 0x200, [SLT, STAFF], D(2026, 3, 13, 7, 58, 31)),
    ('dhead', 'Dan Deputy', 'OU=SLT,OU=Staff', True, 0x200, [SLT, STAFF], D(2026, 3, 12, 16, 2, 10)),
    ('jsmith', 'Jane Smith', 'OU=Teachers,OU=Staff', True, 0x200, [STAFF, TEACH], D(2026, 3, 13, 8, 1, 44)),
    ('bjones', 'Bob Jones', 'OU=Teachers,OU=Staff', True, 0x200, [STAFF, TEACH], D(2026, 3, 10, 16, 30, 0)),
    ('sevans', 'Sian Evans', 'OU=Teachers,OU=Staff', True, 0x200, [STAFF, TEACH], D(2026, 3, 11, 9, 12, 0)),
    ('oldsvc', 'oldsvc', 'OU=Service Accounts', True, 0x200000 | 0x200, [], D(2026, 3, 15, 23, 0, 4)),
    ('olddes', 'olddes', 'OU=Service Accounts', False, 0x200000 | 0x200 | 0x2, [], D(2024, 1, 5, 9, 0, 0)),
    ('wfinance', 'Wendy Finance', 'OU=Office,OU=Staff', True, 0x400000 | 0x200, [OFFICE, STAFF],
     D(2026, 3, 12, 9, 2, 0)),
    ('cwhite', 'Carl White', 'OU=Teachers,OU=Staff', True, 0x80 | 0x200, [STAFF, TEACH], D(2026, 3, 11, 8, 20, 0)),
    ('oldhead', 'Old Head', 'OU=Leavers', False, 0x80 | 0x200 | 0x2, [DA, SLT], D(2025, 7, 18, 15, 0, 0)),
]
UACH = ['DistinguishedName', 'Enabled', 'SamAccountName', 'userAccountControl', 'PasswordLastSet', 'LastLogonDate',
        'MemberOf']
rows = [[f'CN={disp},{parent},{BASE}', str(en), sam, str(uac), SET.strftime('%d/%m/%Y %H:%M:%S'),
         last.strftime('%d/%m/%Y %H:%M:%S'), ';'.join(groups)]
        for sam, disp, parent, en, uac, groups, last in AD]
write(AUDIT + 'powershell/ps7-uac-kerberos-en-GB.csv', table(UACH, rows, quote='AsNeeded'), 'utf-8', newline='\n')

# ---- Leavers lists -----------------------------------------------------------------------------------------------
# The issue's own layout: username or email, leaving-date; ISO dates; written by hand or a script (LF, UTF-8).
write(AUDIT + 'leavers/leavers.csv', table(['username', 'email', 'leaving-date'], [
    ['jsmith', None, '2026-02-13'],            # left, AD and Google accounts still enabled: HIGH each
    [None, 'dhead@oakfield.sch.uk', '2025-12-19'],  # left, still in SLT: CRITICAL each
    ['oldhead', 'oldhead@oakfield.sch.uk', '2025-07-18'],  # disabled / suspended: nothing
    ['sevans', None, '2026-07-22'],            # leaves in the summer: not judged yet (a note)
    ['ttrainee', None, None],                  # no date yet: passed over (a note)
], quote='Minimal', eol='\n'), 'utf-8', newline='\n')
# An MIS staff report saved from Excel as "CSV UTF-8": BOM, CRLF, UK dates, its own column names (mapped with
# --leavers-columns email=Work Email,leaving-date=Date of Leaving).
write(AUDIT + 'leavers/mis-staff-leavers-uk.csv', table(
    ['Staff Code', 'Legal Surname', 'Legal Forename', 'Work Email', 'Role', 'Date of Leaving'], [
        ['JSM', 'Smith', 'Jane', 'jsmith@oakfield.sch.uk', 'Teacher', '13/02/2026'],
        ['DDE', 'Deputy', 'Dan', 'dhead@oakfield.sch.uk', 'Deputy Head', '19/12/2025'],
        ['OHE', 'Head', 'Old', 'oldhead@oakfield.sch.uk', 'Headteacher', '18/07/2025'],
        ['SEV', 'Evans', 'Si\u00e2n', 'sevans@oakfield.sch.uk', 'Teacher', '22/07/2026'],
    ], quote='Minimal'), 'utf-8', bom=True, newline='\n')
