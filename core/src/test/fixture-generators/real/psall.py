import datetime as dt, uuid, hashlib
from common import write
from ps import USERS, dn, fmt_date, b, csv, ascii51, ROOT, BASE
COLL = 'Microsoft.ActiveDirectory.Management.ADPropertyValueCollection'
COLS = ['AccountExpirationDate','accountExpires','AccountLockoutTime','AccountNotDelegated','adminCount',
 'AllowReversiblePasswordEncryption','AuthenticationPolicy','AuthenticationPolicySilo','BadLogonCount','badPasswordTime',
 'badPwdCount','CannotChangePassword','CanonicalName','Certificates','City','CN','codePage','Company',
 'CompoundIdentitySupported','Country','countryCode','Created','createTimeStamp','Deleted','Department','Description',
 'DisplayName','DistinguishedName','Division','DoesNotRequirePreAuth','dSCorePropagationData','EmailAddress',
 'EmployeeID','EmployeeNumber','Enabled','Fax','GivenName','HomeDirectory','HomedirRequired','HomeDrive','HomePage',
 'HomePhone','Initials','instanceType','isCriticalSystemObject','isDeleted','KerberosEncryptionType',
 'LastBadPasswordAttempt','LastKnownParent','lastLogoff','lastLogon','LastLogonDate','lastLogonTimestamp','LockedOut',
 'logonCount','LogonWorkstations','Manager','MemberOf','MNSLogonAccount','MobilePhone','Modified','modifyTimeStamp',
 'msDS-User-Account-Control-Computed','Name','nTSecurityDescriptor','ObjectCategory','ObjectClass','ObjectGUID',
 'objectSid','Office','OfficePhone','Organization','OtherName','PasswordExpired','PasswordLastSet',
 'PasswordNeverExpires','PasswordNotRequired','POBox','PostalCode','PrimaryGroup','primaryGroupID',
 'PrincipalsAllowedToDelegateToAccount','ProfilePath','ProtectedFromAccidentalDeletion','pwdLastSet',
 'SamAccountName','sAMAccountType','ScriptPath','sDRightsEffective','ServicePrincipalNames','SID','SIDHistory',
 'SmartcardLogonRequired','sn','State','StreetAddress','Surname','Title','TrustedForDelegation',
 'TrustedToAuthForDelegation','UseDESKeyOnly','userAccountControl','userCertificate','UserPrincipalName',
 'uSNChanged','uSNCreated','whenChanged','whenCreated',
 'PropertyNames','AddedProperties','RemovedProperties','ModifiedProperties','PropertyCount']
DOMSID = 'S-1-5-21-2718281828-3141592653-1618033988'
def ft(d):
    return str(int((d - dt.datetime(1601,1,1)).total_seconds()) * 10**7) if d else None
BUILTIN = {'Administrator','Guest','DefaultAccount','krbtgt'}
DESC = {'Administrator':'Built-in account for administering the computer/domain',
        'Guest':'Built-in account for guest access to the computer/domain',
        'DefaultAccount':'A user account managed by the system.',
        'krbtgt':'Key Distribution Center Service Account','svc-backup':'Backup Exec agent - do not disable',
        'kiosk':'Library catalogue PC, auto logon'}
TITLE = {'head':'Headteacher','office1':'School Business Manager','wfinance':'Bursar','jsmith':'Teacher',
         'bjones':'Teacher','sevans':'Teacher','cwhite':'Teacher'}
def row(u):
    sam, name, given, sur, parent, en, pls, lld, nev, nrq, mo, uac, rid = u
    created = dt.datetime(2019,8,14,10,2,11) if sam in BUILTIN else dt.datetime(2021,8,31,14,0,0) + dt.timedelta(days=rid-1103)
    changed = max(d for d in [pls, lld, created] if d)
    guid = str(uuid.UUID(hashlib.md5(sam.encode()).hexdigest()))
    upn = None if sam in BUILTIN else f'{sam}@oakfield.sch.uk'
    cn_path = parent.split(',')[::-1]
    canon = 'oakfield.sch.uk/' + '/'.join(p.split('=')[1] for p in cn_path) + '/' + name
    v = {
     'AccountExpirationDate': None, 'accountExpires': '0' if sam in BUILTIN else '9223372036854775807',
     'AccountLockoutTime': None, 'AccountNotDelegated': 'False', 'adminCount': '1' if sam in ('Administrator','krbtgt','oldhead') else None,
     'AllowReversiblePasswordEncryption': b(uac & 128), 'AuthenticationPolicy': COLL, 'AuthenticationPolicySilo': COLL,
     'BadLogonCount': '0', 'badPasswordTime': '0', 'badPwdCount': '0', 'CannotChangePassword': 'False',
     'CanonicalName': canon, 'Certificates': COLL, 'City': None, 'CN': name, 'codePage': '0', 'Company': None,
     'CompoundIdentitySupported': COLL, 'Country': None, 'countryCode': '0',
     'Created': fmt_date(created,'en-GB'), 'createTimeStamp': fmt_date(created,'en-GB'), 'Deleted': None,
     'Department': None, 'Description': DESC.get(sam), 'DisplayName': None if sam in BUILTIN or sam=='svc-backup' else name,
     'DistinguishedName': dn(u), 'Division': None, 'DoesNotRequirePreAuth': b(uac & 4194304), 'dSCorePropagationData': COLL,
     'EmailAddress': upn, 'EmployeeID': None, 'EmployeeNumber': None, 'Enabled': b(en), 'Fax': None, 'GivenName': given,
     'HomeDirectory': None, 'HomedirRequired': 'False', 'HomeDrive': None, 'HomePage': None, 'HomePhone': None,
     'Initials': None, 'instanceType': '4', 'isCriticalSystemObject': 'True' if sam in BUILTIN else None, 'isDeleted': None,
     'KerberosEncryptionType': COLL, 'LastBadPasswordAttempt': None, 'LastKnownParent': None, 'lastLogoff': '0',
     'lastLogon': ft(lld) or '0', 'LastLogonDate': fmt_date(lld,'en-GB'), 'lastLogonTimestamp': ft(lld), 'LockedOut': 'False',
     'logonCount': str(0 if not lld else 40 + rid % 97), 'LogonWorkstations': None, 'Manager': None, 'MemberOf': COLL,
     'MNSLogonAccount': 'False', 'MobilePhone': None, 'Modified': fmt_date(changed,'en-GB'), 'modifyTimeStamp': fmt_date(changed,'en-GB'),
     'msDS-User-Account-Control-Computed': '0', 'Name': name, 'nTSecurityDescriptor': 'System.DirectoryServices.ActiveDirectorySecurity',
     'ObjectCategory': 'CN=Person,CN=Schema,CN=Configuration,' + BASE, 'ObjectClass': 'user', 'ObjectGUID': guid,
     'objectSid': f'{DOMSID}-{rid}', 'Office': None, 'OfficePhone': None, 'Organization': None, 'OtherName': None,
     'PasswordExpired': 'False', 'PasswordLastSet': fmt_date(pls,'en-GB'), 'PasswordNeverExpires': b(nev),
     'PasswordNotRequired': b(nrq), 'POBox': None, 'PostalCode': None,
     'PrimaryGroup': ('CN=Domain Guests,CN=Users,' if sam == 'Guest' else 'CN=Domain Users,CN=Users,') + BASE,
     'primaryGroupID': '514' if sam == 'Guest' else '513', 'PrincipalsAllowedToDelegateToAccount': COLL,
     'ProfilePath': None, 'ProtectedFromAccidentalDeletion': 'False', 'pwdLastSet': ft(pls) or '0',
     'SamAccountName': sam, 'sAMAccountType': '805306368', 'ScriptPath': None, 'sDRightsEffective': '15',
     'ServicePrincipalNames': COLL, 'SID': f'{DOMSID}-{rid}', 'SIDHistory': COLL, 'SmartcardLogonRequired': 'False',
     'sn': sur, 'State': None, 'StreetAddress': None, 'Surname': sur, 'Title': TITLE.get(sam),
     'TrustedForDelegation': 'False', 'TrustedToAuthForDelegation': 'False', 'UseDESKeyOnly': 'False',
     'userAccountControl': str(uac), 'userCertificate': COLL, 'UserPrincipalName': upn,
     'uSNChanged': str(20000 + rid * 7), 'uSNCreated': str(8000 + rid), 'whenChanged': fmt_date(changed,'en-GB'),
     'whenCreated': fmt_date(created,'en-GB'),
     'PropertyNames': 'System.Collections.Generic.SortedDictionary`2+KeyCollection[System.String,Microsoft.ActiveDirectory.Management.ADPropertyValueCollection]',
     'AddedProperties': 'System.Collections.Generic.HashSet`1[System.String]',
     'RemovedProperties': 'System.Collections.Generic.HashSet`1[System.String]',
     'ModifiedProperties': 'System.Collections.Generic.HashSet`1[System.String]',
     'PropertyCount': None}
    v['PropertyCount'] = str(sum(1 for c in COLS[:-5] if v[c] is not None) - 1)
    return [v[c] for c in COLS]
text = csv(COLS, [row(u) for u in USERS], typeline='Microsoft.ActiveDirectory.Management.ADUser')
write(ROOT + 'ps51-getaduser-properties-all-en-GB.csv', ascii51(text), 'ascii', newline='\n')
