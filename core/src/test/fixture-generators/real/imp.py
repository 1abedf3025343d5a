from common import *
ROOT = REPO + 'core/src/test/resources/org/passhygiene/audit/real/impacket/'
BANNER = 'Impacket v0.13.1 - Copyright Fortra, LLC and its affiliated companies \n\n'   # version.BANNER + print's newline
FQDN = 'oakfield.sch.uk'
def k(label):
    return [('aes256-cts-hmac-sha1-96', fake(label + 'aes256', 64)), ('aes128-cts-hmac-sha1-96', fake(label + 'aes128', 32)),
            ('des-cbc-md5', fake(label + 'des', 16))]
# NTDS accounts: (printed name, rid, lm, nt, pwdLastSet, status, history NT list, kerberos?)
NTDS = [
 ('Administrator', 500, EMPTY_LM, fake('dom-admin'), '2025-09-01 07:45', 'Enabled', [fake('dom-admin-h0')], True),
 ('Guest', 501, EMPTY_LM, EMPTY_NT, 'never', 'Disabled', [], False),
 ('krbtgt', 502, EMPTY_LM, fake('krbtgt'), '2019-08-14 10:12', 'Disabled', [], True),
 ('DefaultAccount', 503, EMPTY_LM, EMPTY_NT, 'never', 'Disabled', [], False),
 (FQDN + '\\head', 1103, EMPTY_LM, fake('head'), '2025-04-22 17:05', 'Enabled', [fake('head-h0'), fake('head-h1')], True),
 (FQDN + '\\jsmith', 1104, EMPTY_LM, NT_PASSWORD1, '2026-01-05 08:10', 'Enabled', [NT_SUMMER, fake('jsmith-h1')], True),
 ('office1', 1105, EMPTY_LM, NT_PASSWORD1, '2026-01-12 08:02', 'Enabled', [NT_PASSWORD1], False),
 (FQDN + '\\bjones', 1106, EMPTY_LM, NT_SUMMER, '2026-02-03 09:00', 'Enabled', [], True),
 (FQDN + '\\svc-backup', 1107, EMPTY_LM, fake('svc-backup'), '2014-06-03 09:30', 'Enabled', [], True),
 (FQDN + '\\kiosk', 1108, EMPTY_LM, EMPTY_NT, '2023-09-04 07:00', 'Enabled', [], False),
 (FQDN + '\\oldhead', 1109, EMPTY_LM, fake('oldhead'), '2024-09-02 10:00', 'Disabled', [], True),
 (FQDN + '\\sevans', 1110, EMPTY_LM, fake('sevans'), '2026-02-20 12:15', 'Enabled', [], True),
 (FQDN + '\\wfinance', 1111, EMPTY_LM, fake('wfinance'), '2025-12-01 09:30', 'Enabled', [], True),
 (FQDN + '\\cwhite', 1112, EMPTY_LM, NT_OAKFIELD1, '2026-01-06 08:05', 'Enabled', [], True),
 (FQDN + '\\oldsvc', 1113, LM_PASSWORD, NT_PASSWORD, '2009-11-20 14:31', 'Enabled', [], False),
 ('OAK-DC01$', 1000, EMPTY_LM, fake('dc01$'), '2026-03-01 02:00', 'Enabled', [], True),
 ('OAK-FS01$', 1114, EMPTY_LM, fake('fs01$'), '2026-02-24 06:12', 'Enabled', [], True),
 ('OAK-PC01$', 1115, EMPTY_LM, fake('pc01$'), '2026-03-05 07:31', 'Enabled', [], True),
]
def ntds_lines(flags=('pls', 'status'), history=False, na=None, offline=False):
    out = []
    for (name, rid, lm, ntv, pls, st, hist, _) in NTDS:
        if na and name == na[0]:
            pls, st = na[1], na[2]
            if not offline and pls == 'N/A':
                out.append('[-] Cannot get pwdLastSet for CN=Exam Candidate 01,OU=Exams,OU=Students,DC=oakfield,DC=sch,DC=uk')
        line = f'{name}:{rid}:{lm}:{ntv}:::'
        if 'pls' in flags: line += f' (pwdLastSet={pls})'
        if 'status' in flags: line += f' (status={st})'
        out.append(line)
        if history:
            for i, h in enumerate(hist):
                out.append(f'{name}_history{i}:{rid}:{EMPTY_LM}:{h}:::')
    return out
def kerb_lines():
    out = []
    for (name, rid, lm, ntv, pls, st, hist, kk) in NTDS:
        if kk:
            out += [f'{name}:{t}:{v}' for t, v in k(name)]
    return out
CLEAR = [f'{FQDN}\\cwhite:CLEARTEXT:oakfield1']

# exam01: pwdLastSet could not be read over DRSUAPI -> N/A (the LOG.error line precedes it)
NTDS.insert(14, (FQDN + '\\exam01', 1120, EMPTY_LM, fake('exam01'), None, 'Enabled', [], False))

# 1. DC, DRSUAPI, -just-dc -pwd-last-set -user-status -history, captured with tee (LF, UTF-8)
t = BANNER
t += '[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)\n'
t += '[*] Using the DRSUAPI method to get NTDS.DIT secrets\n'
t += '\n'.join(ntds_lines(history=True, na=(FQDN + '\\exam01', 'N/A', 'Enabled'))) + '\n'
t += '[*] Kerberos keys grabbed\n' + '\n'.join(kerb_lines()) + '\n'
t += '[*] ClearText passwords grabbed\n' + '\n'.join(CLEAR) + '\n'
t += '[*] Cleaning up... \n'
write(ROOT + 'dc-justdc-drsuapi.txt', t, 'utf-8', newline='\n')
# 1b. the same run redirected with '>' from Windows PowerShell 5.1 (Out-File: UTF-16LE with BOM, CRLF)
write(ROOT + 'dc-justdc-drsuapi-ps51-redirect.txt', t, 'utf-16-le', bom=True, newline='\r\n')

# 2. offline: secretsdump.py -ntds ntds.dit -system SYSTEM -pwd-last-set -user-status LOCAL
t = BANNER
t += f'[*] Target system bootKey: 0x{fake("bootkey-dc")}\n'
t += '[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)\n'
t += '[*] Searching for pekList, be patient\n'
t += f'[*] PEK # 0 found and decrypted: {fake("pek0")}\n'
t += '[*] Reading and decrypting hashes from ntds.dit \n'
t += '\n'.join(ntds_lines(na=(FQDN + '\\exam01', 'N/A', 'N/A'), offline=True)) + '\n'
t += '[*] Kerberos keys from ntds.dit \n' + '\n'.join(kerb_lines()) + '\n'
t += '[*] ClearText password from ntds.dit \n' + '\n'.join(CLEAR) + '\n'
t += '[*] Cleaning up... \n'
write(ROOT + 'ntds-offline-local.txt', t, 'utf-8', newline='\n')

def hexdump(data):
    out = []
    for i in range(0, len(data), 16):
        line = ' %04x   ' % i
        for j in range(16):
            line += '%02X ' % data[i + j] if i + j < len(data) else '   '
            if j % 16 == 7: line += ' '
        line += '  ' + ''.join(chr(c) if chr(c) in '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ ' else '.' for c in data[i:i+16])
        out.append(line)
    return out
def lsa_machine(dom, host):
    pw = bytes.fromhex(fake(host + 'machinepw', 240))
    name = f'{dom}\\{host}$'
    out = [f'[*] $MACHINE.ACC ']
    out += [f'{name}:{t}:{v}' for t, v in k(name + 'lsa')]
    out.append(f'{name}:plain_password_hex:{pw.hex()}')
    out.append(f'{name}:{EMPTY_LM}:{fake(host + "lsa-nt")}:::')
    return out
def lsa_common(host):
    nlkm = bytes.fromhex(fake(host + 'nlkm', 128))
    out = ['[*] DPAPI_SYSTEM ', f'dpapi_machinekey:0x{fake(host + "dpapim", 40)}', f'dpapi_userkey:0x{fake(host + "dpapiu", 40)}',
           '[*] NL$KM '] + hexdump(nlkm) + [f'NL$KM:{nlkm.hex()}']
    return out

# 3. full remote run against the DC (no -just-dc): local SAM (DSRM accounts) + LSA + NTDS in one capture
t = BANNER
t += '[*] Service RemoteRegistry is in stopped state\n[*] Starting service RemoteRegistry\n'
t += f'[*] Target system bootKey: 0x{fake("bootkey-dc")}\n'
t += '[*] Dumping local SAM hashes (uid:rid:lmhash:nthash)\n'
t += f'Administrator:500:{EMPTY_LM}:{fake("dsrm")}::: (pwdLastSet=2019-08-14 09:58:02) (Enabled=True) (Locked=False) (Admin=True)\n'
t += f'Guest:501:{EMPTY_LM}:{EMPTY_NT}::: (pwdLastSet=never) (Enabled=False) (Locked=False) (Admin=False)\n'
t += f'DefaultAccount:503:{EMPTY_LM}:{EMPTY_NT}::: (pwdLastSet=never) (Enabled=False) (Locked=False) (Admin=False)\n'
t += '[*] Dumping cached domain logon information (domain/username:hash)\n'
t += '[*] Dumping LSA Secrets\n'
t += '\n'.join(lsa_machine('OAKFIELD', 'OAK-DC01') + lsa_common('OAK-DC01')) + '\n'
t += '[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)\n'
t += '[*] Using the DRSUAPI method to get NTDS.DIT secrets\n'
t += '\n'.join(ntds_lines(flags=('pls', 'status'))[:6]) + '\n'   # first accounts only: enough to hold both Guests
t += '[*] Kerberos keys grabbed\n' + '\n'.join(kerb_lines()[:9]) + '\n'
t += '[*] Cleaning up... \n[*] Stopping service RemoteRegistry\n'
write(ROOT + 'dc-full-remote-sam-lsa-ntds.txt', t, 'utf-8', newline='\n')

# 4. member server (file server) run: SAM with (Enabled=...) layout, cached logons, LSA secrets incl. _SC_ and DefaultPassword
t = BANNER
t += '[*] Service RemoteRegistry is in stopped state\n[*] Starting service RemoteRegistry\n'
t += f'[*] Target system bootKey: 0x{fake("bootkey-fs")}\n'
t += '[*] Dumping local SAM hashes (uid:rid:lmhash:nthash)\n'
t += f'Administrator:500:{EMPTY_LM}:{NT_PASSWORD1}::: (pwdLastSet=2022-09-05 07:12:44) (Enabled=True) (Locked=False) (Admin=True)\n'
t += f'Guest:501:{EMPTY_LM}:{EMPTY_NT}::: (pwdLastSet=never) (Enabled=False) (Locked=False) (Admin=False)\n'
t += f'DefaultAccount:503:{EMPTY_LM}:{EMPTY_NT}::: (pwdLastSet=never) (Enabled=False) (Locked=False) (Admin=False)\n'
t += f'WDAGUtilityAccount:504:{EMPTY_LM}:{fake("wdag")}::: (pwdLastSet=2022-09-05 06:58:10) (Enabled=False) (Locked=False) (Admin=False)\n'
t += f'itsupport:1001:{EMPTY_LM}:{NT_SUMMER}::: (pwdLastSet=2024-07-22 16:40:03) (Enabled=True) (Locked=False) (Admin=True)\n'
t += f'scanner:1002:{EMPTY_LM}:{EMPTY_NT}::: (pwdLastSet=2023-01-09 10:00:00) (Enabled=True) (Locked=False) (Admin=False)\n'
t += '[*] Dumping cached domain logon information (domain/username:hash)\n'
t += f'OAKFIELD.SCH.UK/head:$DCC2$10240#head#{fake("dcc2-head")}: (2026-03-13 07:58:31+00:00)\n'
t += f'OAKFIELD.SCH.UK/Administrator:$DCC2$10240#Administrator#{fake("dcc2-adm")}: (2026-02-27 16:05:40+00:00)\n'
t += '[*] Dumping LSA Secrets\n'
lsa = lsa_machine('OAKFIELD', 'OAK-FS01')
lsa += ['[*] DefaultPassword ', 'OAKFIELD\\kiosk:Library2023']
lsa += lsa_common('OAK-FS01')
lsa += ['[*] _SC_BackupExecAgentAccelerator ', 'OAKFIELD\\svc-backup:Summer2024!']
lsa += ['[*] _SC_SIMSUpdater ', '(Unknown User):oakfield1']
t += '\n'.join(lsa) + '\n'
t += '[*] Cleaning up... \n[*] Stopping service RemoteRegistry\n'
write(ROOT + 'member-server-sam-cached-lsa.txt', t, 'utf-8', newline='\n')

# 5. -ts: LOG lines get a '[YYYY-MM-DD HH:MM:SS] ' prefix (ImpacketFormatterTimeStamp); printed secrets do not
t = BANNER
t += '[2026-03-16 07:41:02] [*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)\n'
t += '[2026-03-16 07:41:02] [*] Using the DRSUAPI method to get NTDS.DIT secrets\n'
t += '\n'.join(l for l in ntds_lines() if not l.startswith('[-]') and 'exam01' not in l) + '\n'
t += '[2026-03-16 07:41:09] [*] Kerberos keys grabbed\n' + '\n'.join(kerb_lines()) + '\n'
t += '[2026-03-16 07:41:09] [*] ClearText passwords grabbed\n' + '\n'.join(CLEAR) + '\n'
t += '[2026-03-16 07:41:09] [*] Cleaning up... \n'
write(ROOT + 'dc-justdc-ts.txt', t, 'utf-8', newline='\n')
