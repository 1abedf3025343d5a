package org.passhygiene.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bouncycastle.crypto.digests.MD4Digest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passhygiene.breach.CommonPasswordsIndex;
import org.passhygiene.breach.HashKind;

/**
 * The bundled ranges against a naive oracle: every listed password hashed here with the JDK's SHA-1 or Bouncy
 * Castle's MD4 (not the code under test), grouped by prefix, each line {@code SUFFIX:1}; compared for every prefix
 * (sampled with a stride, to keep the test short), members and empty prefixes alike.
 */
class BundledRangesTest {

    private static final int STRIDE = 7;

    @ParameterizedTest
    @EnumSource(HashKind.class)
    void everyPrefixAnswersExactlyTheListedPasswordsWithCountOne(HashKind kind) throws Exception {
        Map<Integer, TreeSet<String>> expected = new HashMap<>();
        int listed = 0;
        try (BufferedReader list = new BufferedReader(new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream(CommonPasswordsIndex.RESOURCE), StandardCharsets.UTF_8))) {
            for (String line; (line = list.readLine()) != null; ) {
                if (line.isEmpty()) {
                    continue;
                }
                listed++;
                String hex = HexFormat.of().withUpperCase().formatHex(oracleHash(kind, line));
                int prefix = Integer.parseInt(hex.substring(0, 5), 16);
                if (prefix % STRIDE == 0) {
                    expected.computeIfAbsent(prefix, p -> new TreeSet<>()).add(hex.substring(5) + ":1");
                }
            }
        }
        BundledRanges ranges = BundledRanges.of(kind);
        assertThat(ranges.size()).isEqualTo(listed);
        List<String> wrong = new ArrayList<>();
        int empty = 0;
        for (int p = 0; p < 1 << 20; p += STRIDE) {
            String prefix = String.format("%05X", p);
            String want = String.join("\r\n", expected.getOrDefault(p, new TreeSet<>()));
            empty += want.isEmpty() ? 1 : 0;
            if (!new String(ranges.body(prefix, false), StandardCharsets.US_ASCII).equals(want)) {
                wrong.add(prefix);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(empty).as("prefixes without a listed password are sampled too").isGreaterThan(10_000);
    }

    private static byte[] oracleHash(HashKind kind, String password) throws Exception {
        if (kind == HashKind.SHA1) {
            return MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
        }
        byte[] utf16 = password.getBytes(StandardCharsets.UTF_16LE);
        MD4Digest md4 = new MD4Digest();
        md4.update(utf16, 0, utf16.length);
        byte[] out = new byte[16];
        md4.doFinal(out, 0);
        return out;
    }
}
