package org.passhygiene.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.ViolationCode;
import org.passhygiene.breach.BreachResult;
import org.passhygiene.breach.HashKind;
import org.passhygiene.breach.PwnedPasswordsClient;
import org.passhygiene.policy.PolicyFile;

/**
 * Range API clients pointed at the service: our own {@link PwnedPasswordsClient} (padded requests, SHA-1 and NTLM), a
 * policy with {@code breach-online} and {@code breach-api-url} set to it, and a plain client that does what the common
 * third-party ones do (no padding, CRLF split, case-insensitive suffix match). Passay 2.0.0, the version we use, has no
 * {@code HaveIBeenPwnedRule} (no such class in its jar, checked with {@code unzip -l}), so it cannot be pointed at
 * the service; the plain client stands in for it.
 */
class ServeClientsTest {

    @TempDir
    static Path dir;
    static PasswordPolicy policy;
    static PasshygieneServer server;

    @BeforeAll
    static void start() throws Exception {
        RangeFixture.write(dir.resolve("sha1"), HashKind.SHA1, ServeHttpTest.BREACHED);
        RangeFixture.write(dir.resolve("ntlm"), HashKind.NTLM, ServeHttpTest.BREACHED);
        policy = PasswordPolicy.builder("aup").build();
        server = PasshygieneServer.builder(policy).listen(new InetSocketAddress("127.0.0.1", 0))
                .rangeDirectory(HashKind.SHA1, dir.resolve("sha1")).rangeDirectory(HashKind.NTLM, dir.resolve("ntlm"))
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
        policy.close();
    }

    @Test
    void ourPwnedPasswordsClientFindsMembersWithTheirCountsAndNotOthers() {
        List<String> problems = new ArrayList<>();
        PwnedPasswordsClient client = PwnedPasswordsClient.builder().baseUri(server.uri()).problems(problems::add)
                .build();
        for (Map.Entry<String, Long> p : ServeHttpTest.BREACHED.entrySet()) {
            for (HashKind kind : HashKind.values()) {
                BreachResult r = client.check(p.getKey().toCharArray(), kind);
                assertThat(r).as(kind + " " + p.getValue()).isEqualTo(new BreachResult(BreachResult.Outcome.FOUND,
                        p.getValue(), p.getValue()));
            }
        }
        for (HashKind kind : HashKind.values()) {
            assertThat(client.check("never-breached-9f8e7d".toCharArray(), kind).outcome())
                    .isEqualTo(BreachResult.Outcome.NOT_FOUND);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPolicyWithBreachOnlineUsesTheServiceAsItsRangeApi() throws Exception {
        Path file = dir.resolve("online.yaml");
        Files.writeString(file, "extends: aup\nbreach-online: true\nbreach-api-url: \"" + server.uri() + "\"\n");
        try (PasswordPolicy online = PasswordPolicy.builder(PolicyFile.read(file)).build()) {
            assertThat(online.check("Autumn-Term-2026!".toCharArray()).violations())
                    .anyMatch(v -> v.code() == ViolationCode.BREACHED);
            assertThat(online.check("xK#9vq!Lp2@zR7".toCharArray()).accepted()).isTrue();
        }
    }

    /** What PowerShell's PwnedPassCheck, reset portals and most libraries do: SHA-1, GET, split on CRLF, compare. */
    @Test
    void aPlainRangeClientWithoutPaddingMatches() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (Map.Entry<String, Long> p : ServeHttpTest.BREACHED.entrySet()) {
            assertThat(plainCount(http, p.getKey())).isEqualTo(p.getValue());
        }
        assertThat(plainCount(http, "never-breached-9f8e7d")).isZero();
    }

    private static long plainCount(HttpClient http, String password) throws Exception {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(password.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.uri() + "range/"
                + hex.substring(0, 5))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        for (String line : r.body().split("\r\n")) {
            String[] parts = line.split(":");
            if (parts[0].equalsIgnoreCase(hex.substring(5))) {
                return Long.parseLong(parts[1]);
            }
        }
        return 0;
    }
}
