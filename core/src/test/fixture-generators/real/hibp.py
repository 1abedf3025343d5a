import hashlib, gzip, io
from common import write, REPO
R = REPO + 'core/src/test/resources/org/passhygiene/breach/real/'
def suffixes(prefix, n, extra=()):
    s = {hashlib.sha1(f'{prefix}-{i}'.encode()).hexdigest().upper()[:35]: (i * 7919) % 400 + 1 for i in range(n)}
    s.update(dict(extra))
    return sorted(s.items())
PW1 = ('9007338D6D81DD3B6271621B9CF9A97EA00', 251682)   # SHA-1(Password1) = 70CCD + this; the count is made up
ranges = {'70CCC': suffixes('70CCC', 6), '70CCD': suffixes('70CCD', 7, [PW1]), '70CCE': suffixes('70CCE', 5)}
# 1. single-file output (Program.cs DownloadRangeToBuffer): each range through a new StreamWriter(Encoding.UTF8)
#    over a fresh MemoryStream -> UTF-8 BOM before every block; lines PREFIX+SUFFIX:COUNT + WriteLine (CRLF on Windows)
data = b''
for p, items in ranges.items():
    data += b'\xef\xbb\xbf' + ''.join(f'{p}{s}:{c}\r\n' for s, c in items).encode('ascii')
with open(R + 'pwnedpasswords-single-file-3-ranges.txt', 'wb') as f:
    f.write(data)
# 2. per-prefix output (-s false, DownloadRangeToFile): the API body copied verbatim: SUFFIX:COUNT, CRLF between, none at end
body = '\r\n'.join(f'{s}:{c}' for s, c in ranges['70CCD']).encode('ascii')
import os
os.makedirs(R, exist_ok=True)
with open(R + '70CCD.txt', 'wb') as f:
    f.write(body)
buf = io.BytesIO()
with gzip.GzipFile(filename='70CCD.txt', mode='wb', fileobj=buf, mtime=1773100800) as g:
    g.write(body)
with open(R + '70CCD.txt.gz', 'wb') as f:
    f.write(buf.getvalue())
# 3. range API response with 'Add-Padding: true': real entries plus random SUFFIX:0 padding lines, sorted together
pad = {hashlib.sha1(f'pad-{i}'.encode()).hexdigest().upper()[:35]: 0 for i in range(9)}
allv = sorted(list(ranges['70CCD']) + list(pad.items()))
with open(R + 'range-70CCD-padded.txt', 'wb') as f:
    f.write('\r\n'.join(f'{s}:{c}' for s, c in allv).encode('ascii'))
