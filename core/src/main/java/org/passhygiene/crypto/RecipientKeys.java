package org.passhygiene.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.bcpg.sig.RevocationReason;
import org.bouncycastle.bcpg.sig.RevocationReasonTags;
import org.bouncycastle.openpgp.PGPSignatureException;
import org.bouncycastle.openpgp.PGPSignatureSubpacketVector;
import org.bouncycastle.openpgp.api.OpenPGPCertificate;
import org.bouncycastle.openpgp.api.OpenPGPCertificate.OpenPGPComponentKey;
import org.bouncycastle.openpgp.api.OpenPGPCertificate.OpenPGPComponentSignature;
import org.bouncycastle.openpgp.api.OpenPGPCertificate.OpenPGPUserId;
import org.bouncycastle.openpgp.api.OpenPGPKeyReader;
import org.passhygiene.crypto.OpenPgpKeyException.Problem;
import org.passhygiene.output.TerminalText;

/**
 * Chooses the key a report is encrypted to from a key file, with Bouncy Castle's {@link OpenPGPCertificate} (RFC
 * 9580 certificate evaluation: self-signatures and subkey binding signatures verified, the latest one at the
 * evaluation time applies, revocations and key expiration time honoured).
 *
 * <p>Rules: the file holds exactly one certificate, or one is chosen by its full fingerprint (a subkey's fingerprint
 * chooses that subkey). The certificate's primary key must be validly bound, not revoked and not expired, else the
 * whole certificate is refused. The key used is a key (usually a subkey) whose Key Flags subpacket allows
 * encryption (0x04 communications or 0x08 storage) and that is valid now; of several, the most recently created, as
 * gpg does. A key without a Key Flags subpacket is not used for encryption: version 3 keys (which have none) are
 * obsolete since RFC 9580 and gpg 2.1, and current gpg, Sequoia and OpenPGP.js all write key flags.
 */
final class RecipientKeys {

    /** Largest key file read (a certificate with many third-party signatures is well below this). */
    static final int MAX_KEY_FILE_BYTES = 4 << 20;

    /** Certificates named in a message about several of them. */
    private static final int LISTED = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private RecipientKeys() {
    }

    /** The chosen key and its description. */
    record Choice(OpenPGPComponentKey key, OpenPgpRecipient recipient) {
    }

    /**
     * The key to encrypt to, evaluated at {@code now}.
     *
     * @param fingerprint full fingerprint of the certificate or subkey to use, or null for the only certificate
     * @throws IllegalArgumentException if {@code fingerprint} is not a full fingerprint
     * @throws OpenPgpKeyException      naming the file, certificate, reason and date when no key can be used
     */
    static Choice choose(Path keyFile, String fingerprint, Date now) throws OpenPgpKeyException {
        byte[] wanted = fingerprint == null ? null : parseFingerprint(fingerprint);
        String file = TerminalText.escape(keyFile.toString());
        return choose(read(keyFile, file), file, wanted, now);
    }

    /** As {@link #choose(Path, String, Date)} for the key file's content; {@code file} names it in messages. */
    static Choice choose(byte[] keyFileContent, String file, byte[] wanted, Date now) throws OpenPgpKeyException {
        List<OpenPGPCertificate> certificates = parse(keyFileContent, file);
        try {
            return choose(certificates, file, wanted, now);
        } catch (RuntimeException e) { // Bouncy Castle evaluating a malformed signature or key
            throw new OpenPgpKeyException(Problem.UNREADABLE, file + ": cannot evaluate the certificate ("
                    + TerminalText.escape(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    private static Choice choose(List<OpenPGPCertificate> certificates, String file, byte[] wanted, Date now)
            throws OpenPgpKeyException {
        if (certificates.isEmpty()) {
            throw new OpenPgpKeyException(Problem.NO_CERTIFICATE, file + ": no OpenPGP certificate in the file");
        }
        OpenPGPCertificate certificate;
        OpenPGPComponentKey chosenKey = null;
        if (wanted == null) {
            if (certificates.size() > 1) {
                throw new OpenPgpKeyException(Problem.SEVERAL_CERTIFICATES, file + ": holds " + certificates.size()
                        + " certificates (" + list(certificates) + "); choose one by its fingerprint");
            }
            certificate = certificates.get(0);
        } else {
            List<OpenPGPComponentKey> matches = new ArrayList<>();
            for (OpenPGPCertificate c : certificates) {
                for (OpenPGPComponentKey k : c.getKeys()) {
                    if (Arrays.equals(k.getPGPPublicKey().getFingerprint(), wanted)) {
                        matches.add(k);
                    }
                }
            }
            if (matches.isEmpty()) {
                throw new OpenPgpKeyException(Problem.NO_SUCH_FINGERPRINT, file + ": no certificate or key with "
                        + "fingerprint " + pretty(wanted) + " (the file holds " + list(certificates) + ")");
            }
            if (matches.size() > 1) {
                throw new OpenPgpKeyException(Problem.SEVERAL_CERTIFICATES, file + ": holds " + pretty(wanted) + " "
                        + matches.size() + " times; merge the copies (gpg --import, then gpg --export)");
            }
            chosenKey = matches.get(0);
            certificate = chosenKey.getCertificate();
            if (chosenKey.isPrimaryKey()) {
                chosenKey = null;
            }
        }
        String name = file + ": certificate " + pretty(certificate.getFingerprint()) + owner(certificate);
        checkPrimary(certificate, name, now);
        List<OpenPGPComponentKey> usable = new ArrayList<>(certificate.getEncryptionKeys(now));
        // Stricter than Bouncy Castle, as gpg is: a soft revocation made in the same second as the binding
        // signature leaves the key bound for Bouncy Castle; any valid revocation in effect now refuses it here.
        usable.removeIf(k -> validRevocation(k, now) != null);
        if (chosenKey != null) {
            if (!chosenKey.isEncryptionKey(now)) {
                throw new OpenPgpKeyException(Problem.NO_ENCRYPTION_KEY, name + ": subkey "
                        + pretty(chosenKey.getPGPPublicKey().getFingerprint())
                        + " is not flagged for encryption (key flags 0x04 or 0x08)");
            }
            if (!usable.contains(chosenKey)) {
                throw refusal(name, List.of(chosenKey), now);
            }
            usable = List.of(chosenKey);
        }
        if (usable.isEmpty()) {
            throw refusal(name, certificate.getKeys(), now);
        }
        OpenPGPComponentKey key = usable.stream().max(Comparator.comparing(OpenPGPComponentKey::getCreationTime))
                .orElseThrow();
        return new Choice(key, new OpenPgpRecipient(pretty(key.getPGPPublicKey().getFingerprint()),
                pretty(certificate.getFingerprint()), userId(certificate), !key.isPrimaryKey()));
    }

    /** The key file's content, read with a size cap. */
    private static byte[] read(Path keyFile, String file) throws OpenPgpKeyException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(keyFile)) {
            bytes = in.readNBytes(MAX_KEY_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new OpenPgpKeyException(Problem.UNREADABLE, file + ": no such key file", e);
        } catch (IOException e) {
            throw new OpenPgpKeyException(Problem.UNREADABLE, file + ": cannot read the key file ("
                    + TerminalText.escape(String.valueOf(e.getMessage())) + ")", e);
        }
        if (bytes.length > MAX_KEY_FILE_BYTES) {
            throw new OpenPgpKeyException(Problem.UNREADABLE, file + ": key file larger than "
                    + (MAX_KEY_FILE_BYTES >> 20) + " MiB");
        }
        return bytes;
    }

    /** Every certificate in a key file: armored (one or several armor blocks) or binary. */
    private static List<OpenPGPCertificate> parse(byte[] bytes, String file) throws OpenPgpKeyException {
        if (bytes.length > MAX_KEY_FILE_BYTES) {
            throw new OpenPgpKeyException(Problem.UNREADABLE, file + ": key file larger than "
                    + (MAX_KEY_FILE_BYTES >> 20) + " MiB");
        }
        try {
            return new OpenPGPKeyReader().parseCertificates(bytes);
        } catch (IOException | RuntimeException e) {
            if (secretKey(bytes)) {
                throw new OpenPgpKeyException(Problem.UNREADABLE, file + ": is a secret key (gpg"
                        + " --export-secret-keys), which must stay with whoever decrypts: give the public key, gpg"
                        + " --armor --export FINGERPRINT", e);
            }
            throw new OpenPgpKeyException(Problem.UNREADABLE, file + ": not an OpenPGP public key ("
                    + TerminalText.escape(String.valueOf(e.getMessage()))
                    + "); export it with gpg --armor --export FINGERPRINT", e);
        }
    }

    /** Whether the file holds a secret key (transferable secret key): a mistake worth naming. */
    private static boolean secretKey(byte[] bytes) {
        try {
            return new OpenPGPKeyReader().parseKeysOrCertificates(bytes).stream()
                    .anyMatch(OpenPGPCertificate::isSecretKey);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A revoked, expired, not yet valid or unbound primary key makes the whole certificate unusable. */
    private static void checkPrimary(OpenPGPCertificate certificate, String name, Date now)
            throws OpenPgpKeyException {
        OpenPGPComponentKey primary = certificate.getPrimaryKey();
        if (primary.getVersion() < 4) {
            throw new OpenPgpKeyException(Problem.NO_ENCRYPTION_KEY, name + " is a version " + primary.getVersion()
                    + " key, obsolete (RFC 9580); create a current key");
        }
        OpenPGPComponentSignature revocation = validRevocation(primary, now);
        if (revocation != null) {
            throw new OpenPgpKeyException(Problem.REVOKED, name + " was revoked on " + revoked(revocation));
        }
        if (primary.getCreationTime().after(now)) {
            throw new OpenPgpKeyException(Problem.NO_ENCRYPTION_KEY, name + " is not valid before "
                    + WHEN.format(primary.getCreationTime().toInstant()));
        }
        Date expiry = certificate.getExpirationTime(now);
        if (expiry != null && !expiry.after(now)) {
            throw new OpenPgpKeyException(Problem.EXPIRED, name + " expired on " + WHEN.format(expiry.toInstant()));
        }
        if (!primary.isBoundAt(now)) {
            throw new OpenPgpKeyException(Problem.NO_ENCRYPTION_KEY, name
                    + " has no valid self-signature (not bound, or made with an algorithm no longer accepted)");
        }
    }

    /** Why none of {@code keys} can be used: each key flagged for encryption, with its reason and date. */
    private static OpenPgpKeyException refusal(String name, List<OpenPGPComponentKey> keys, Date now) {
        List<String> reasons = new ArrayList<>();
        int revoked = 0;
        int expired = 0;
        for (OpenPGPComponentKey k : keys) {
            if (!k.isEncryptionKey(now)) { // the flags of its latest self-signature, whether valid now or not
                continue;
            }
            String which = (k.isPrimaryKey() ? "primary key " : "subkey ") + pretty(k.getPGPPublicKey()
                    .getFingerprint());
            OpenPGPComponentSignature revocation = validRevocation(k, now);
            Date expiry = k.getKeyExpirationDateAt(now);
            if (revocation != null) {
                revoked++;
                reasons.add(which + " was revoked on " + revoked(revocation));
            } else if (expiry != null && !expiry.after(now)) {
                expired++;
                reasons.add(which + " expired on " + WHEN.format(expiry.toInstant()));
            } else if (k.getCreationTime().after(now)) {
                reasons.add(which + " is not valid before " + WHEN.format(k.getCreationTime().toInstant()));
            } else {
                reasons.add(which + " has no valid binding signature");
            }
        }
        if (reasons.isEmpty()) {
            return new OpenPgpKeyException(Problem.NO_ENCRYPTION_KEY, name + " has no key flagged for encryption "
                    + "(key flags 0x04 or 0x08; it can only sign or certify); add one with gpg --quick-add-key "
                    + "FINGERPRINT cv25519 encr");
        }
        Problem problem = revoked == reasons.size() ? Problem.REVOKED
                : expired == reasons.size() ? Problem.EXPIRED : Problem.NO_ENCRYPTION_KEY;
        return new OpenPgpKeyException(problem, name + " has no valid encryption key: " + String.join("; ", reasons));
    }

    /** The key's revocation in effect at {@code now} if its signature verifies, else null. */
    private static OpenPGPComponentSignature validRevocation(OpenPGPComponentKey k, Date now) {
        OpenPGPComponentSignature revocation = k.getRevocation(now);
        if (revocation == null) {
            return null;
        }
        try {
            revocation.verify();
            return revocation;
        } catch (PGPSignatureException | RuntimeException e) {
            return null;
        }
    }

    /** "2026-11-29 23:29:25 UTC (reason: key compromised: text)". */
    private static String revoked(OpenPGPComponentSignature revocation) {
        String when = WHEN.format(revocation.getCreationTime().toInstant());
        PGPSignatureSubpacketVector hashed = revocation.getSignature().getHashedSubPackets();
        RevocationReason reason = hashed == null ? null : hashed.getRevocationReason();
        if (reason == null) {
            return when;
        }
        String code = switch (reason.getRevocationReason()) {
            case RevocationReasonTags.NO_REASON -> "no reason given";
            case RevocationReasonTags.KEY_SUPERSEDED -> "superseded";
            case RevocationReasonTags.KEY_COMPROMISED -> "key compromised";
            case RevocationReasonTags.KEY_RETIRED -> "no longer used";
            default -> "reason code " + (reason.getRevocationReason() & 0xFF);
        };
        String text = reason.getRevocationDescription();
        return when + " (" + code + (text == null || text.isBlank() ? "" : ": " + TerminalText.escape(text)) + ")";
    }

    /** The first few certificates by fingerprint and user ID, and how many more. */
    private static String list(List<OpenPGPCertificate> certificates) {
        List<String> names = new ArrayList<>();
        for (OpenPGPCertificate c : certificates.subList(0, Math.min(LISTED, certificates.size()))) {
            names.add(pretty(c.getFingerprint()) + owner(c));
        }
        int more = certificates.size() - names.size();
        return String.join(", ", names) + (more > 0 ? " and " + more + " more" : "");
    }

    private static String owner(OpenPGPCertificate certificate) {
        String uid = userId(certificate);
        return uid.isEmpty() ? "" : " \"" + TerminalText.escape(uid) + "\"";
    }

    /** The primary user ID if one is valid now, else the first one in the file, else "". */
    private static String userId(OpenPGPCertificate certificate) {
        OpenPGPUserId primary = certificate.getPrimaryUserId();
        if (primary != null) {
            return primary.getUserId();
        }
        List<OpenPGPUserId> all = certificate.getAllUserIds();
        return all.isEmpty() ? "" : all.get(0).getUserId();
    }

    /**
     * A full fingerprint, hex with optional spaces and "0x": 40 digits (v4) or 64 (v6). Short and long key IDs are
     * refused: they can collide.
     */
    static byte[] parseFingerprint(String text) {
        String hex = text.replace(" ", "");
        if (hex.startsWith("0x") || hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        if ((hex.length() != 40 && hex.length() != 64) || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("fingerprint " + TerminalText.escape(text) + ": not a full "
                    + "fingerprint (40 hex digits for a v4 key, 64 for v6; spaces allowed; key IDs are not accepted)");
        }
        return HexFormat.of().parseHex(hex);
    }

    /** Upper-case hex in groups of four; a v4 fingerprint with a double space in the middle, as gpg prints it. */
    static String pretty(byte[] fingerprint) {
        String hex = HexFormat.of().withUpperCase().formatHex(fingerprint);
        StringBuilder b = new StringBuilder(hex.length() + hex.length() / 4 + 1);
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                b.append(fingerprint.length == 20 && i == 20 ? "  " : " ");
            }
            b.append(hex, i, Math.min(i + 4, hex.length()));
        }
        return b.toString();
    }
}
