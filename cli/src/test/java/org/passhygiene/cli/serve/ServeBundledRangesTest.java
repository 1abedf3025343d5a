package org.passhygiene.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.ViolationCode;
import org.passhygiene.breach.BreachResult;
import org.passhygiene.breach.HashKind;
import org.passhygiene.breach.PwnedPasswordsClient;

/**
 * Over real HTTP, a service started without {@code --range-dir}: {@code GET /range/} serves the bundled
 * common-password list (SHA-1 and {@code ?mode=ntlm}), count 1 for a member, padding as the public API, and range
 * clients pointed at it flag a listed password. Passwords are never put in an assertion's description.
 */
class ServeBundledRangesTest {

    /** On the shipped list (lower-cased passwords). */
    private static final String LISTED = "password1";
    private static final String NOT_LISTED = "never-breached-9f8e7d";

    @TempDir
    static Path dir;
    static PasswordPolicy policy;
    static PasshygieneServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        policy = PasswordPolicy.builder("aup").build();
        server = PasshygieneServer.builder(policy).listen(new InetSocketAddress("127.0.0.1", 0)).start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
        policy.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
    }

    private static String path(HashKind kind, String hex) {
        return "range/" + hex.substring(0, 5) + (kind == HashKind.NTLM ? "?mode=ntlm" : "");
    }

    @ParameterizedTest
    @EnumSource(HashKind.class)
    void aListedPasswordIsInItsRangeWithCountOneInTheApiShape(HashKind kind) throws Exception {
        String hex = RangeFixture.hex(kind, LISTED).toUpperCase();
        HttpResponse<String> response = get(path(kind, hex));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        String[] lines = response.body().split("\r\n", -1);
        assertThat(lines).contains(hex.substring(5) + ":1").isSorted();
        int digits = kind.hexLength() - 5;
        assertThat(lines).allMatch(l -> l.matches("[0-9A-F]{" + digits + "}:1"));
        assertThat(response.body()).doesNotContain("\n\n").doesNotEndWith("\n");
        // the prefix in lower case is the same range
        assertThat(get(path(kind, hex.toLowerCase())).body()).isEqualTo(response.body());
    }

    @ParameterizedTest
    @EnumSource(HashKind.class)
    void anUnlistedPasswordIsNotInItsRange(HashKind kind) throws Exception {
        String hex = RangeFixture.hex(kind, NOT_LISTED).toUpperCase();
        HttpResponse<String> response = get(path(kind, hex));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(hex.substring(5));
        // and the upper-case form of a listed password is not listed: range clients hash what was typed
        String upper = RangeFixture.hex(kind, "PASSWORD1").toUpperCase();
        assertThat(get(path(kind, upper)).body()).doesNotContain(upper.substring(5));
    }

    @Test
    void paddingFillsTo800To1000SortedLinesAroundTheRealOnes() throws Exception {
        String hex = RangeFixture.hex(HashKind.NTLM, LISTED).toUpperCase();
        String plain = get(path(HashKind.NTLM, hex)).body();
        String padded = get(path(HashKind.NTLM, hex), "Add-Padding", "true").body();
        String[] lines = padded.split("\r\n", -1);
        assertThat(lines.length).isBetween(Range.PADDED_MIN, Range.PADDED_MAX);
        assertThat(lines).isSorted().allMatch(l -> l.matches("[0-9A-F]{27}:[01]"));
        List<String> real = new ArrayList<>();
        for (String line : lines) {
            if (!line.endsWith(":0")) {
                real.add(line);
            }
        }
        assertThat(String.join("\r\n", real)).isEqualTo(plain);
        assertThat(real).contains(hex.substring(5) + ":1");
    }

    @Test
    void ourPwnedPasswordsClientFindsAListedPasswordAndNotAnUnlistedOne() {
        List<String> problems = new ArrayList<>();
        PwnedPasswordsClient client = PwnedPasswordsClient.builder().baseUri(server.uri()).problems(problems::add)
                .build();
        for (HashKind kind : HashKind.values()) {
            assertThat(client.check(LISTED.toCharArray(), kind)).isEqualTo(
                    new BreachResult(BreachResult.Outcome.FOUND, 1, 1));
            assertThat(client.check(NOT_LISTED.toCharArray(), kind).outcome())
                    .isEqualTo(BreachResult.Outcome.NOT_FOUND);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPolicyWithBreachOnlineAndNoIndexFlagsAListedPasswordThroughTheService() {
        // no local index, and no common-password rule (its COMMON_PASSWORD would stand in for BREACHED)
        PasswordPolicy.Builder noIndex = PasswordPolicy.builder("aup").breachIndexes(List.of()).commonPasswords(0);
        try (PasswordPolicy offline = noIndex.build();
             PasswordPolicy online = noIndex.breachOnline(true).breachApiUrl(server.uri().toString()).build()) {
            assertThat(offline.check(LISTED.toCharArray()).violations())
                    .noneMatch(v -> v.code() == ViolationCode.BREACHED);
            assertThat(online.check(LISTED.toCharArray()).violations())
                    .anyMatch(v -> v.code() == ViolationCode.BREACHED);
            assertThat(online.check("xK#9vq!Lp2@zR7".toCharArray()).violations())
                    .noneMatch(v -> v.code() == ViolationCode.BREACHED);
        }
    }

    @Test
    void aRangeDirectoryTakesPrecedenceForItsKindOnly() throws Exception {
        Path sha1 = Files.createDirectories(dir.resolve("sha1"));
        try (PasshygieneServer withDir = PasshygieneServer.builder(policy).listen(new InetSocketAddress("127.0.0.1", 0))
                .rangeDirectory(HashKind.SHA1, sha1).start()) {
            assertThat(withDir.rangeSources().get(HashKind.SHA1)).isEqualTo("the HIBP range directory " + sha1);
            assertThat(withDir.rangeSources().get(HashKind.NTLM)).isEqualTo(
                    "the bundled common-password list (961,927 NTLM hashes; count 1 = listed, see README)");
            String sha1Hex = RangeFixture.hex(HashKind.SHA1, LISTED);
            String ntlmHex = RangeFixture.hex(HashKind.NTLM, LISTED).toUpperCase();
            assertThat(http.send(HttpRequest.newBuilder(withDir.uri().resolve(path(HashKind.SHA1, sha1Hex))).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).isEmpty();
            assertThat(http.send(HttpRequest.newBuilder(withDir.uri().resolve(path(HashKind.NTLM, ntlmHex))).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains(ntlmHex.substring(5) + ":1");
        }
        assertThat(server.rangeSources().get(HashKind.SHA1)).startsWith("the bundled common-password list (961,927");
    }
}
