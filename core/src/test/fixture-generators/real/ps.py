import datetime as dt
from common import write, REPO
D = dt.datetime
ROOT = REPO + 'core/src/test/resources/org/passhygiene/audit/real/powershell/'
BASE = 'DC=oakfield,DC=sch,DC=uk'
def G(cn, ou='OU=Groups'):
    return f'CN={cn},{ou},{BASE}'
DA = G('Domain Admins', 'CN=Users'); EA = G('Enterprise Admins', 'CN=Users'); SA = G('Schema Admins', 'CN=Users')
GPCO = G('Group Policy Creator Owners', 'CN=Users'); ADM = G('Administrators', 'CN=Builtin')
GUESTS = G('Guests', 'CN=Builtin'); SMAG = G('System Managed Accounts Group', 'CN=Builtin')
DENIED = G('Denied RODC Password Replication Group', 'CN=Users'); BACKUP = G('Backup Operators', 'CN=Builtin')
SLT = G('SLT'); STAFF = G('Staff'); TEACH = G('Teachers'); OFFICE = G('Office'); FIN = G('Finance')

# sam, name, given, surname, dn-parent, enabled, pwdLastSet, lastLogonDate, neverExpires, notRequired, memberOf, uac, rid
USERS = [
 ('Administrator','Administrator',None,None,'CN=Users',True,D(2025,9,1,7,45,12),D(2026,3,13,16,30,5),True,False,[GPCO,DA,EA,SA,ADM],66048,500),
 ('Guest','Guest',None,None,'CN=Users',False,None,None,True,True,[GUESTS],66082,501),
 ('DefaultAccount','DefaultAccount',None,None,'CN=Users',False,None,None,True,True,[SMAG],66082,503),
 ('krbtgt','krbtgt',None,None,'CN=Users',False,D(2019,8,14,10,12,40),None,False,False,[DENIED],514,502),
 ('head','Helen Head','Helen','Head','OU=SLT,OU=Staff',True,D(2025,4,22,17,5,0),D(2026,3,13,7,58,31),False,False,[SLT,STAFF],512,1103),
 ('jsmith','Jane Smith','Jane','Smith','OU=Teachers,OU=Staff',True,D(2026,1,5,8,10,44),D(2026,3,13,8,1,44),False,False,[STAFF,TEACH],512,1104),
 ('office1','Olive Office','Olive','Office','OU=Office,OU=Staff',True,D(2026,1,12,8,2,11),D(2026,3,12,15,47,2),False,False,[OFFICE,STAFF],512,1105),
 ('bjones','Bob Jones','Bob','Jones','OU=Teachers,OU=Staff',True,D(2026,2,3,9,0,0),D(2026,3,10,16,30,0),False,False,[STAFF,TEACH],512,1106),
 ('svc-backup','svc-backup',None,None,'OU=Service Accounts',True,D(2014,6,3,9,30,0),D(2026,3,15,23,0,4),True,False,[BACKUP],66048,1107),
 ('kiosk','Library Kiosk','Library','Kiosk','OU=Shared',True,D(2023,9,4,7,0,0),D(2026,3,13,8,40,12),False,True,[],544,1108),
 ('oldhead','Old Head','Old','Head','OU=Leavers',False,D(2024,9,2,10,0,0),D(2025,7,18,15,0,0),False,False,[DA,SLT],514,1109),
 ('sevans','Si\u00e2n Evans','Si\u00e2n','Evans','OU=Teachers,OU=Staff',True,D(2026,2,20,12,15,9),D(2025,11,28,15,10,0),False,False,[STAFF,TEACH],512,1110),
 ('wfinance','Wendy Finance','Wendy','Finance','OU=Office,OU=Staff',True,D(2025,12,1,9,30,0),D(2026,3,12,9,2,0),False,False,[OFFICE,FIN,STAFF],4194816,1111),
 ('cwhite','Carl White','Carl','White','OU=Teachers,OU=Staff',True,D(2026,1,6,8,5,0),D(2026,3,11,8,20,0),False,False,[STAFF,TEACH],640,1112),
]

def dn(u):
    return f'CN={u[1]},{u[4]},{BASE}'

def fmt_date(d, culture):
    if d is None:
        return None
    if culture == 'en-GB':
        return d.strftime('%d/%m/%Y %H:%M:%S')
    if culture == 'de-DE':
        return d.strftime('%d.%m.%Y %H:%M:%S')
    if culture == 'en-US':
        h = d.hour % 12 or 12
        return f'{d.month}/{d.day}/{d.year} {h}:{d.minute:02d}:{d.second:02d} {"AM" if d.hour < 12 else "PM"}'
    raise ValueError(culture)

def b(x):
    return 'True' if x else 'False'

def cell(v, delim, quote):
    """CsvCommands.cs ExportCsvHelper: null -> nothing; Always -> quoted, " doubled; AsNeeded -> quoted if delim, \\n or \" """
    if v is None:
        return ''
    if quote == 'Always' or (quote == 'AsNeeded' and (delim in v or '\n' in v or '"' in v)):
        return '"' + v.replace('"', '""') + '"'
    return v

def csv(header, rows, delim=',', quote='Always', typeline=None):
    lines = []
    if typeline:
        lines.append('#TYPE ' + typeline)
    lines.append(delim.join(cell(h, delim, quote) for h in header))
    for r in rows:
        lines.append(delim.join(cell(v, delim, quote) for v in r))
    return '\r\n'.join(lines) + '\r\n'   # StreamWriter.WriteLine per line (Windows)

SEL = ['DistinguishedName','Enabled','Name','SamAccountName','PasswordLastSet','LastLogonDate','PasswordNeverExpires','PasswordNotRequired','MemberOf']
def sel_rows(culture, users=USERS, join=True, date_override=None):
    rows = []
    for u in users:
        pls, lld = u[6], u[7]
        if date_override:
            pls, lld = date_override(u, pls), date_override(u, lld)
        mo = ';'.join(u[10]) if join else 'Microsoft.ActiveDirectory.Management.ADPropertyValueCollection'
        rows.append([dn(u), b(u[5]), u[1], u[0], fmt_date(pls, culture), fmt_date(lld, culture), b(u[8]), b(u[9]), mo])
    return rows

def ascii51(s):
    # Windows PowerShell 5.1 -Encoding ASCII (the default): non-ASCII chars become '?'
    return s.encode('ascii', 'replace').decode('ascii')

SELTYPE = 'Selected.Microsoft.ActiveDirectory.Management.ADUser'
# 1. Windows PowerShell 5.1 default: #TYPE, all quoted, CRLF, ASCII, en-GB
write(ROOT + 'ps51-default-en-GB.csv', ascii51(csv(SEL, sel_rows('en-GB'), typeline=SELTYPE)), 'ascii', newline='\n')
# 2. 5.1 -Encoding Unicode -NoTypeInformation: UTF-16LE with BOM
write(ROOT + 'ps51-unicode-en-GB.csv', csv(SEL, sel_rows('en-GB')), 'utf-16-le', bom=True, newline='\n')
# 3. PowerShell 7 default: UTF-8 no BOM, no #TYPE, all quoted, CRLF (Windows)
write(ROOT + 'ps7-default-en-GB.csv', csv(SEL, sel_rows('en-GB')), 'utf-8', newline='\n')
# 4. 5.1 on a de-DE server: -Delimiter ';' -Encoding UTF8 -NoTypeInformation (UTF-8 *with* BOM in 5.1)
write(ROOT + 'ps51-semicolon-de-DE.csv', csv(SEL, sel_rows('de-DE'), delim=';'), 'utf-8', bom=True, newline='\n')
# 5. en-US server, 5.1 default (with #TYPE), 13 accounts (DefaultAccount filtered out), day > 12 occurs
US = [u for u in USERS if u[0] != 'DefaultAccount']
write(ROOT + 'ps51-en-US.csv', ascii51(csv(SEL, sel_rows('en-US', US), typeline=SELTYPE)), 'ascii', newline='\n')
# 6. en-US, every date ambiguous (day and month both <= 12)
def amb(u, d):
    if d is None: return None
    day = (d.day - 1) % 12 + 1
    return d.replace(day=day)
write(ROOT + 'ps51-en-US-ambiguous.csv', ascii51(csv(SEL, sel_rows('en-US', US, date_override=amb), typeline=SELTYPE)), 'ascii', newline='\n')
# 7. MemberOf not joined (type name), 5.1 -NoTypeInformation, en-GB
write(ROOT + 'ps51-memberof-unjoined-en-GB.csv', ascii51(csv(SEL, sel_rows('en-GB', join=False))), 'ascii', newline='\n')
# 8. userAccountControl as a number, PowerShell 7 -UseQuotes AsNeeded, en-GB
UACH = ['DistinguishedName','Enabled','SamAccountName','userAccountControl','PasswordLastSet','LastLogonDate','MemberOf']
rows = [[dn(u), b(u[5]), u[0], str(u[11]), fmt_date(u[6],'en-GB'), fmt_date(u[7],'en-GB'), ';'.join(u[10])] for u in USERS]
write(ROOT + 'ps7-uac-asneeded-en-GB.csv', csv(UACH, rows, quote='AsNeeded'), 'utf-8', newline='\n')

# 9. (bonus, not from source code) the 5.1 default file opened in Excel (en-GB) and saved as "CSV UTF-8 (Comma
#    delimited)": UTF-8 BOM, CRLF, quotes only where needed, True/False -> TRUE/FALSE, dates re-rendered in the
#    default display format dd/mm/yyyy hh:mm (seconds lost), the #TYPE line kept as a first row padded to the width
def excel(v):
    if v is None: return ''
    if v in ('True', 'False'): return v.upper()
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v
rows = sel_rows('en-GB')
def xl_date(u, d):
    return d
lines = ['#TYPE ' + SELTYPE + ',' * (len(SEL) - 1), ','.join(SEL)]
for u, r in zip(USERS, rows):
    r = list(r)
    r[4] = u[6].strftime('%d/%m/%Y %H:%M') if u[6] else None
    r[5] = u[7].strftime('%d/%m/%Y %H:%M') if u[7] else None
    lines.append(','.join(excel(v) for v in r))
write(ROOT + 'excel-resave-en-GB.csv', ascii51('\r\n'.join(lines) + '\r\n'), 'utf-8', bom=True, newline='\n')
