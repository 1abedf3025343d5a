import os
from common import write, REPO
A = REPO + 'core/src/test/resources/org/passhygiene/audit/real/'

# ---- Chromium (csv_writer.cc CSVFormatter: quote only if \r \n " or , ; EOL \r\n on Windows, \n elsewhere;
#      password_csv_writer.cc: header name,url,username,password,note; records sorted by those columns)
def chrome_cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in '\r\n",') else v
def chrome(cols, recs, eol):
    recs = sorted(recs, key=lambda r: tuple(r[:len(cols)]))
    out = ','.join(cols) + eol
    for r in recs:
        out += ','.join(chrome_cell(v) for v in r[:len(cols)]) + eol
    return out
ANDROID = 'android://Jx8Y1b2c3D-lk-EHZVCrb7a064dEicTwrTYQYGXO99JqE2YERhbMP1qLogwJiy87OsBzC09Gk094Z-U_hg==@com.classdojo.android/'
REC = [
 ['sims.oakfield.sch.uk', 'https://sims.oakfield.sch.uk/login', 'jsmith', 'Password1', ''],
 ['oakfield.arbor.sc', 'https://oakfield.arbor.sc/auth/login', 'jsmith@oakfield.sch.uk', 'Summer2024!', ''],
 ['bbc.co.uk', 'https://account.bbc.com/signin', 'jane.smith@example.com', 'oakfield1', ''],
 ['login.microsoftonline.com', 'https://login.microsoftonline.com/', 'jsmith@oakfield.sch.uk', 'Rz4#Kp9!mX2q,wT', ''],
 ['ClassDojo', ANDROID, 'jsmith@oakfield.sch.uk', 'gH6$wQ9!zT2vLm', ''],
 ['wifi.oakfield.sch.uk', 'https://wifi.oakfield.sch.uk/guest/', 'staff', 'Password1', 'Staff Wi-Fi portal\nask "the office" for the visitor code, not this one'],
]
write(A + 'chromium/chrome-windows-note.csv', chrome(['name','url','username','password','note'], REC, '\r\n'), 'utf-8', newline='\n')
write(A + 'chromium/chrome-mac-legacy-nonote.csv', chrome(['name','url','username','password'], REC[:4], '\n'), 'utf-8', newline='\n')

# ---- Firefox (LoginExport.sys.mjs: every non-null value quoted, " doubled; null -> empty; rows joined by \r\n,
#      no newline after the last row; IOUtils.writeUTF8: UTF-8, no BOM)
def ff(v):
    return '' if v is None else '"' + str(v).replace('"', '""') + '"'
cols = ['url','username','password','httpRealm','formActionOrigin','guid','timeCreated','timeLastUsed','timePasswordChanged']
hdr = ['"url"'] + ['"%s"' % c for c in cols[1:]]
rows = [
 ['https://mail.oakfield.sch.uk', 'head', 'Password1', None, 'https://mail.oakfield.sch.uk', '{6f1e7c3a-2b4d-4e8f-9a10-0c5d2e7b9f01}', 1662012000000, 1773389911000, 1662012000000],
 ['https://printer.oakfield.sch.uk', 'admin', 'oakfield1', 'HP LaserJet MFP', None, '{6f1e7c3a-2b4d-4e8f-9a10-0c5d2e7b9f02}', 1693814400000, 1772527200000, 1693814400000],
 ['https://www.parentpay.com', 'head@oakfield.sch.uk', 'Gx7"Rq,4!Vm9#Zk', None, 'https://www.parentpay.com', '{6f1e7c3a-2b4d-4e8f-9a10-0c5d2e7b9f03}', 1700000000000, 1773100800000, 1704450000000],
 ['https://oakfield.arbor.sc', '', 'Summer2024!', None, '', '{6f1e7c3a-2b4d-4e8f-9a10-0c5d2e7b9f04}', 1725000000000, 1773200000000, 1725000000000],
]
text = '\r\n'.join([','.join(hdr)] + [','.join(ff(v) for v in r) for r in rows])
write(A + 'firefox/firefox.csv', text, 'utf-8', newline='\n')

# ---- Safari / Apple Passwords (documented header Title,URL,Username,Password,Notes,OTPAuth; quoting as needed; LF)
def q(v, d=','):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in d + '\r\n"') else v
rows = [['Title','URL','Username','Password','Notes','OTPAuth'],
 ['sims.oakfield.sch.uk (office1)', 'https://sims.oakfield.sch.uk/login', 'office1', 'Password1', '', ''],
 ['accounts.google.com (office1@oakfield.sch.uk)', 'https://accounts.google.com/', 'office1@oakfield.sch.uk', 'Summer2024!', 'school Google account, 2SV on phone', 'otpauth://totp/Google:office1%40oakfield.sch.uk?secret=JBSWY3DPEHPK3PXP&issuer=Google'],
 ['bankline.natwest.com (OAK123)', 'https://www.bankline.natwest.com/', 'OAK123', 'Vb8&Nm4*Jk6(zQ', 'Bursar login, smartcard as well', ''],
]
write(A + 'safari/safari-passwords.csv', '\n'.join(','.join(q(v) for v in r) for r in rows) + '\n', 'utf-8', newline='\n')

# ---- Bitwarden (papaparse unparse defaults: ',' delimiter, \r\n between rows, none at end; quote when the value has
#      \r \n " or ',' or starts/ends with a space; null -> ''; arrays via toString() i.e. joined by ',')
def papa(v):
    if v is None: return ''
    if isinstance(v, list): v = ','.join(v)
    v = str(v)
    e = v.replace('"', '""')
    if any(c in e for c in '\r\n",') or e[:1] == ' ' or e[-1:] == ' ':
        return '"' + e + '"'
    return e
BWC = ['folder','favorite','type','name','notes','fields','reprompt','login_uri','login_username','login_password','login_totp']
bw = [
 ['School', 1, 'login', 'SIMS', None, None, 0, ['https://sims.oakfield.sch.uk'], 'office1', 'Password1', None],
 ['School', None, 'login', 'Microsoft 365', None, None, 0, ['https://login.microsoftonline.com', 'https://portal.office.com', 'androidapp://com.microsoft.office.outlook'], 'office1@oakfield.sch.uk', 'Summer2024!', None],
 ['School', None, 'login', 'Arbor (passkey)', 'Signs in with a passkey on the office PC', None, 0, ['https://login.arbor.sc'], 'office1@oakfield.sch.uk', None, None],
 ['School Admin', None, 'login', 'ParentPay', None, 'PIN: 4321\nMemorable word: oakfield', 1, ['https://www.parentpay.com'], 'office1@oakfield.sch.uk', 'oakfield1', 'otpauth://totp/ParentPay:office1?secret=KRSXG5CTMVRXEZLU&issuer=ParentPay'],
 ['School Admin', None, 'login', 'Print portal', None, None, 0, ['https://print.oakfield.sch.uk'], 'office', 'Print 2026 ', None],
 [None, None, 'note', 'Safe and alarm', 'The codes are with the caretaker, not in here.\nChanged every term.', None, 0, None, None, None, None],
]
def bw_csv(cols, rows):
    return '\r\n'.join([','.join(papa(c) for c in cols)] + [','.join(papa(v) for v in r) for r in rows])
write(A + 'bitwarden/bitwarden-individual.csv', bw_csv(BWC, bw), 'utf-8', newline='\n')
ORG = ['collections','type','name','notes','fields','reprompt','login_uri','login_username','login_password','login_totp']
org = [
 [['IT', 'Office'], 'login', 'Domain admin (break glass)', None, None, 1, ['https://oak-dc01.oakfield.sch.uk'], 'OAKFIELD\\itadmin', 'Summer2024!', None],
 [['Office'], 'login', 'SIMS', None, None, 0, ['https://sims.oakfield.sch.uk', 'https://sims-reports.oakfield.sch.uk'], 'office1', 'Password1', None],
 [['IT'], 'login', 'Wi-Fi controller', None, None, 0, ['https://10.10.0.2:8443'], 'admin', 'oakfield1', None],
 [[], 'note', 'Supplier contacts', 'Capita SIMS support: see the contract folder', None, 0, None, None, None, None],
 [['Office'], 'login', 'Google Workspace (passkey)', None, None, 0, ['https://admin.google.com'], 'office1@oakfield.sch.uk', None, None],
]
write(A + 'bitwarden/bitwarden-organization.csv', bw_csv(ORG, org), 'utf-8', newline='\n')

# ---- LastPass (documented header url,username,password,totp,extra,name,grouping,fav; secure notes url http://sn;
#      grouping uses '\\' for sub-folders; quoting as needed; LF) -- not from source code, see NOTES.md
lp = [['url','username','password','totp','extra','name','grouping','fav'],
 ['https://sims.oakfield.sch.uk/login', 'head', 'Password1', '', '', 'SIMS', 'School', '1'],
 ['https://www.parentpay.com/', 'head@oakfield.sch.uk', 'Summer2024!', 'KRSXG5CTMVRXEZLU', '', 'ParentPay', 'School\\Finance', '0'],
 ['https://login.microsoftonline.com/', 'head@oakfield.sch.uk', 'Rz4#Kp9!mX2qwT', '', 'school 365, MFA on phone', 'Microsoft 365', '', '0'],
 ['http://sn', '', '', '', 'Alarm panel: the code is with the caretaker, not here.\nChanged at the start of every term.', 'Alarm', 'School', '0'],
 ['http://sn', '', '', '', 'NoteType:Credit Card\nLanguage:en-GB\nName on Card:Oakfield Primary School\nType:\nNumber:4000000000000002\nSecurity Code:123\nStart Date:,\nExpiration Date:September,2027\nNotes:', 'School card', 'School\\Finance', '0'],
 ['https://www.amazon.co.uk/', 'head@oakfield.sch.uk', 'oakfield1', '', '', 'Amazon', '', '0'],
]
write(A + 'lastpass/lastpass.csv', '\n'.join(','.join(q(v) for v in r) for r in lp) + '\n', 'utf-8', newline='\n')

# ---- 1Password 8 (documented header Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes; quoting as needed)
op = [['Title','Url','Username','Password','OTPAuth','Favorite','Archived','Tags','Notes'],
 ['SIMS', 'https://sims.oakfield.sch.uk', 'wfinance', 'Password1', '', 'true', 'false', 'School', ''],
 ['Staff Wi-Fi', '', '', 'oakfield1', '', 'false', 'false', 'School,Wi-Fi', 'Given to supply teachers'],
 ['Arbor', 'https://login.arbor.sc', 'wfinance@oakfield.sch.uk', '', '', 'false', 'false', '', 'Passkey only'],
 ['Bankline', 'https://www.bankline.natwest.com', 'OAK123', 'Summer2024!', '', 'false', 'true', 'Finance', 'old login, archived'],
 ['Google Workspace', 'https://accounts.google.com', 'wfinance@oakfield.sch.uk', 'Fy6#Wq2!Xz8&Bk', 'otpauth://totp/Google:wfinance%40oakfield.sch.uk?secret=JBSWY3DPEHPK3PXP&issuer=Google', 'false', 'false', 'School', ''],
]
write(A + '1password/1password8.csv', '\n'.join(','.join(q(v) for v in r) for r in op) + '\n', 'utf-8', newline='\n')

# ---- KeePassXC (CsvExporter.cpp: every value quoted, " doubled, ',' separator, '\n' EOL, UTF-8 no BOM,
#      groups as a '/' path from the root, times Qt::ISODate (UTC 'Z'))
kp = [['Group','Title','Username','Password','URL','Notes','TOTP','Icon','Last Modified','Created'],
 ['Root/School', 'SIMS', 'itadmin', 'Password1', 'https://sims.oakfield.sch.uk', '', '', '0', '2026-01-12T08:02:11Z', '2021-09-01T07:30:00Z'],
 ['Root/School', 'Domain admin', 'OAKFIELD\\itadmin', 'Summer2024!', '', 'break-glass account\nkept in the safe too', '', '48', '2025-09-01T06:45:12Z', '2019-08-14T09:02:11Z'],
 ['Root/School/Network', 'Switch stack', 'manager', 'oakfield1', 'https://10.10.0.1', '', '', '3', '2024-02-10T15:00:00Z', '2020-02-10T15:00:00Z'],
 ['Root/School/Network', 'Firewall "edge"', 'admin', 'Jw3$Xb8!Qz5&Kv', 'https://10.10.0.254:4444', '', 'otpauth://totp/edge:admin?secret=GEZDGNBVGY3TQOJQ&period=30&digits=6&issuer=edge', '3', '2026-02-02T10:00:00Z', '2022-06-01T09:00:00Z'],
 ['Root/School', 'Licence keys', '', '', '', 'see the licences spreadsheet', '', '0', '2025-10-01T12:00:00Z', '2025-10-01T12:00:00Z'],
 ['Root/Recycle Bin', 'Old SIMS admin', 'simsadmin', 'Password1', 'https://sims.oakfield.sch.uk', '', '', '0', '2025-07-21T09:00:00Z', '2018-09-03T09:00:00Z'],
]
write(A + 'keepassxc/keepassxc.csv', ''.join(','.join('"' + v.replace('"', '""') + '"' for v in r) + '\n' for r in kp), 'utf-8', newline='\n')
