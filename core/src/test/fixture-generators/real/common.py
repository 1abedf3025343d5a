"""Fixture generators for core/src/test/resources/org/passhygiene/audit/real and breach/real (issue #10).
Run from this directory: python3 ps.py; python3 psall.py; python3 imp.py; python3 dsi.py; python3 pm.py;
python3 hibp.py. Needs `openssl` with the legacy provider (MD4). See audit/real/NOTES.md."""
import os
REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), *[os.pardir] * 5)) + "/"
import hashlib, subprocess, datetime as dt

def nt(pw):
    out = subprocess.run(['openssl','dgst','-provider','legacy','-provider','default','-md4'],
                         input=pw.encode('utf-16-le'), capture_output=True, check=True).stdout.decode()
    return out.strip().split('= ')[1]

def fake(label, n=32):
    """deterministic made-up hex (not a hash of anything)"""
    h = ''
    i = 0
    while len(h) < n:
        h += hashlib.sha256(f'{label}/{i}'.encode()).hexdigest(); i += 1
    return h[:n]

EMPTY_LM = 'aad3b435b51404eeaad3b435b51404ee'
EMPTY_NT = '31d6cfe0d16ae931b73c59d7e0c089c0'
NT_PASSWORD1 = nt('Password1')
NT_SUMMER = nt('Summer2024!')
NT_OAKFIELD1 = nt('oakfield1')
# LM/NT of 'password' (well-known pair, used for an old account that still stores LM)
LM_PASSWORD = 'e52cac67419a9a224a3b108f3fa6cb6d'
NT_PASSWORD = nt('password')
assert NT_PASSWORD1 == '64f12cddaa88057e06a81b54e73b949b'
assert NT_PASSWORD == '8846f7eaee8fb117ad06bdd830b7586c'
assert nt('') == EMPTY_NT

def write(path, text, enc='ascii', bom=False, newline='\r\n'):
    import os
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if newline != '\n':
        text = text.replace('\n', newline)
    data = text.encode(enc)
    if bom:
        data = {'utf-8': b'\xef\xbb\xbf', 'utf-16-le': b'\xff\xfe'}[enc] + data
    with open(path, 'wb') as f:
        f.write(data)
