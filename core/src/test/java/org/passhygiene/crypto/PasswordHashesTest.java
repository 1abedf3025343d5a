package org.passhygiene.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "password | 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8",
        "''       | DA39A3EE5E6B4B0D3255BFEF95601890AFD80709",
        "abc      | A9993E364706816ABA3E25717850C26C9CD0D89D",
        "P@ssw0rd | 21BD12DC183F740EE76F27B78EB39C8AD972A757",
    })
    void sha1KnownVectors(String password, String hex) {
        assertThat(HEX.formatHex(PasswordHashes.sha1(password.toCharArray()))).isEqualTo(hex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "password | 8846F7EAEE8FB117AD06BDD830B7586C",
        "''       | 31D6CFE0D16AE931B73C59D7E0C089C0",
        "Password | A4F49C406510BDCAB6824EE7C30FD852",
    })
    void ntlmKnownVectors(String password, String hex) {
        assertThat(HEX.formatHex(PasswordHashes.ntlm(password.toCharArray()))).isEqualTo(hex);
    }

    @Test
    void sha1EncodesLikeStringGetBytesIncludingSurrogatesAndUnpairedOnes() throws Exception {
        Random random = new Random(42);
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        String[] samples = {"é", "€uro", "😀emoji", "עברית", "e\u0301", "\uD800lone", "end\uDC00", "\uD83D"};
        for (String s : samples) {
            assertThat(PasswordHashes.sha1(s.toCharArray())).as(s).isEqualTo(sha1.digest(s.getBytes(UTF_8)));
        }
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(20)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) random.nextInt(0x10000);
            }
            assertThat(PasswordHashes.sha1(chars)).isEqualTo(sha1.digest(new String(chars).getBytes(UTF_8)));
        }
    }

    @Test
    void ntlmOfNonAsciiUsesUtf16LittleEndian() {
        // NT hash of "ü" (U+00FC): MD4 of FC 00.
        assertThat(HEX.formatHex(PasswordHashes.ntlm("ü".toCharArray())))
                .isEqualTo(HEX.formatHex(md4(new byte[] {(byte) 0xFC, 0})));
        assertThat(PasswordHashes.ntlm("password".toCharArray())).hasSize(PasswordHashes.NTLM_LENGTH);
        assertThat(PasswordHashes.sha1("password".toCharArray())).hasSize(PasswordHashes.SHA1_LENGTH);
    }

    @Test
    void leavesThePasswordUntouched() {
        char[] password = "secret".toCharArray();
        PasswordHashes.sha1(password);
        PasswordHashes.ntlm(password);
        assertThat(password).containsExactly('s', 'e', 'c', 'r', 'e', 't');
    }

    private static byte[] md4(byte[] input) {
        org.bouncycastle.crypto.digests.MD4Digest d = new org.bouncycastle.crypto.digests.MD4Digest();
        d.update(input, 0, input.length);
        byte[] out = new byte[16];
        d.doFinal(out, 0);
        return out;
    }
}
