from common import *
ROOT = REPO + 'core/src/test/resources/org/passhygiene/audit/real/dsinternals/'
NOLM = 'NO LM-HASH**********************'
NONT = 'NO NT-HASH**********************'
# sam, rid, lm (None = not stored), nt (None = no hash stored), nt history (after the current one)
ACC = [
 ('Administrator', 500, None, fake('dom-admin'), [fake('dom-admin-h0')]),
 ('Guest', 501, None, None, []),
 ('OAK-DC01$', 1000, None, fake('dc01$'), [fake('dc01$-h0')]),
 ('krbtgt', 502, None, fake('krbtgt'), []),
 ('DefaultAccount', 503, None, None, []),
 ('head', 1103, None, fake('head'), [fake('head-h0'), fake('head-h1')]),
 ('jsmith', 1104, None, NT_PASSWORD1, [NT_SUMMER, fake('jsmith-h1')]),
 ('office1', 1105, None, NT_PASSWORD1, [NT_PASSWORD1]),
 ('bjones', 1106, None, NT_SUMMER, []),
 ('svc-backup', 1107, None, fake('svc-backup'), []),
 ('kiosk', 1108, None, EMPTY_NT, []),
 ('oldhead', 1109, None, fake('oldhead'), []),
 ('sevans', 1110, None, fake('sevans'), []),
 ('wfinance', 1111, None, fake('wfinance'), []),
 ('cwhite', 1112, None, NT_OAKFIELD1, []),
 ('oldsvc', 1113, LM_PASSWORD, NT_PASSWORD, []),
 ('OAK-FS01$', 1114, None, fake('fs01$'), []),
 ('OAK-PC01$', 1115, None, fake('pc01$'), []),
]
# 1. DSInternals 4.x: Get-ADReplAccount -All -Server OAK-DC01 | Format-Custom -View PWDump > pwdump.txt (Windows PowerShell 5.1)
#    Format-Custom: an empty line at format start and at format end (BaseOutputtingCommand.ProcessFormatStart/End);
#    '>' = Out-File: UTF-16LE with BOM, CRLF.
lines = [''] + [f'{s}:{r}:{lm or NOLM}:{nt or NONT}:::' for s, r, lm, nt, h in ACC] + ['']
write(ROOT + 'pwdump-formatcustom-ps51-redirect.txt', '\n'.join(lines) + '\n', 'utf-16-le', bom=True, newline='\r\n')
# 2. DSInternals 5+/6.x: Get-ADDBAccount -All -DatabasePath ntds.dit -BootKey $key -ExportFormat PWDumpHistory |
#    Out-File pwdump-history.txt -Encoding ascii   (OutOfBand view: no blank lines; ASCII; CRLF)
lines = []
for s, r, lm, nt, h in ACC:
    lmv = NOLM if lm is None or lm == EMPTY_LM else lm
    lines.append(f'{s}:{r}:{lmv}:{nt or NONT}:::')
    for i, hh in enumerate(h):
        lines.append(f'{s}_history{i}:{r}:{NOLM}:{hh}:::')
write(ROOT + 'pwdumphistory-exportformat-ascii.txt', '\n'.join(lines) + '\n', 'ascii', newline='\r\n')
# 3. DSInternals 5+/6.x: ... -ExportFormat HashcatNT | Out-File hashcat.txt   (PowerShell 7: UTF-8 no BOM, CRLF)
#    NTHash null -> the Hash control renders nothing -> 'Guest:'
lines = [f'{s}:{nt or ""}' for s, r, lm, nt, h in ACC]
write(ROOT + 'hashcatnt-exportformat-ps7.txt', '\n'.join(lines) + '\n', 'utf-8', newline='\r\n')
