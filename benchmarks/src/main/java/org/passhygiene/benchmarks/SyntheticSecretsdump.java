package org.passhygiene.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import org.passhygiene.crypto.PasswordHashes;
import org.passhygiene.dictionary.ShippedLists;

/**
 * Writes a synthetic impacket {@code secretsdump.py} NTDS dump of {@code N} accounts for the audit-at-scale run
 * (issue #16), and the NT hashes of its "breached" accounts in HIBP {@code HASH:COUNT} form, to be imported next to
 * {@link SyntheticBreachCorpus}'s NTLM stream so that a known subset of the dump is in the breach index:
 * <pre>
 * java -cp benchmarks.jar org.passhygiene.benchmarks.SyntheticSecretsdump 1000000 dump.txt breached-ntlm.txt
 * java -Xmx1g -cp benchmarks.jar org.passhygiene.benchmarks.SyntheticBreachCorpus 1000000000 - ntlm \
 *     | java -jar passhygiene.jar breach import - breached-ntlm.txt --kind ntlm --out ntlm.phbi
 * </pre>
 * Account {@code i} (deterministic for a given N): {@code i % 100 == 0} (1 %) a random 16-character password whose
 * hash goes to the breached file; {@code i % 100} in 1..5 (5 %) a weak password, alternately one of the 1,000 most
 * common passwords and a Capitalised {@code en-gb} word with the suffix {@code 1}; all others a random 16-character
 * password. Every 50th account is disabled. Passwords exist only in memory (cleared after hashing); only hashes are
 * written.
 */
public final class SyntheticSecretsdump {

    static final String EMPTY_LM = "aad3b435b51404eeaad3b435b51404ee";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%+-";
    private static final long SEED = 20261207L;

    private SyntheticSecretsdump() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Counts c = write(n, Path.of(args[1]), Path.of(args[2]));
        System.err.printf("%d accounts: %d breached, %d weak, %d random%n", n, c.breached, c.weak, c.random);
    }

    /** How many accounts of each kind were written. */
    record Counts(int breached, int weak, int random) {
    }

    static Counts write(int n, Path dump, Path breached) throws IOException {
        List<String> common = new ArrayList<>();
        ShippedLists.forEach("common-passwords", 1000, common::add);
        List<String> words = ShippedLists.read("en-gb");
        SplittableRandom random = new SplittableRandom(SEED);
        HexFormat hex = HexFormat.of();
        int nBreached = 0;
        int nWeak = 0;
        char[] password = new char[16];
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8), 1 << 20);
                Writer known = new BufferedWriter(Files.newBufferedWriter(breached, StandardCharsets.US_ASCII))) {
            out.write("Impacket v0.12.0 - Copyright Fortra, LLC and its affiliated companies\n\n");
            out.write("[*] Target system bootKey: 0x3bd2c5b2bb3f8a2c7f4a3d3f0a9e1c11\n");
            out.write("[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)\n");
            out.write("[*] Using the DRSUAPI method to get NTDS.DIT secrets\n");
            for (int i = 0; i < n; i++) {
                int kind = i % 100;
                char[] p;
                if (kind >= 1 && kind <= 5) {
                    String w = (i / 100) % 2 == 0 ? common.get(random.nextInt(common.size()))
                            : capitalised(words.get(random.nextInt(words.size()))) + "1";
                    p = w.toCharArray();
                    nWeak++;
                } else {
                    for (int k = 0; k < password.length; k++) {
                        password[k] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                    }
                    p = password;
                }
                String nt = hex.formatHex(PasswordHashes.ntlm(p));
                Arrays.fill(p, '\0');
                if (kind == 0) {
                    known.write(nt.toUpperCase(java.util.Locale.ROOT) + ":" + (1 + random.nextInt(1000)) + "\r\n");
                    nBreached++;
                }
                out.write("CORP.EXAMPLE\\user" + i + ":" + (1100 + i) + ":" + EMPTY_LM + ":" + nt
                        + "::: (pwdLastSet=2026-0" + (1 + i % 9) + "-1" + (i % 10) + " 09:30) (status="
                        + (i % 50 == 49 ? "Disabled" : "Enabled") + ")\n");
            }
        }
        return new Counts(nBreached, nWeak, n - nBreached - nWeak);
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
