package org.passhygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.HashKind;
import org.passhygiene.crypto.PasswordHashes;
import org.passhygiene.policy.PolicyException;

import com.sun.net.httpserver.HttpServer;

/** BREACHED and BREACH_CHECK_UNAVAILABLE through the policy: embedded index, imported index, online API. */
class BreachPolicyTest {

    /** The ncsc preset at 8 characters: no composition or dictionary rule to mask the breach rule. */
    private static PasswordPolicy.Builder ncsc() {
        return PasswordPolicy.builder("ncsc").minLength(8);
    }

    @Test
    void embeddedIndexCatchesListedPasswordsBeyondTheCommonTop() {
        // Rank > 100,000 in the shipped list: not COMMON_PASSWORD, but in the embedded breach index.
        CheckResult r = ncsc().build().check("maksimka2134".toCharArray());
        assertThat(r.violations()).extracting(Violation::code).containsExactly(ViolationCode.BREACHED);
        Violation v = r.violations().get(0);
        assertThat(v.message()).isEqualTo("has appeared in a data breach");
        assertThat(v.clause()).isEqualTo("NCSC: not a password that has appeared in a breach");
        assertThat(v.params()).containsEntry("corpus", "passhygiene common passwords");
    }

    @Test
    void embeddedIndexIgnoresCase() {
        assertThat(ncsc().build().check("MaksimKA2134".toCharArray()).has(ViolationCode.BREACHED)).isTrue();
    }

    @Test
    void commonPasswordIsReportedOnceNotAlsoAsBreached() {
        CheckResult r = ncsc().build().check("qwertyuiop123".toCharArray());
        assertThat(r.violations()).extracting(Violation::code).containsExactly(ViolationCode.COMMON_PASSWORD);
    }

    @Test
    void aupDefaultsRejectListedPasswordsAsBreachedOrCommon() {
        // Meets every AUP composition rule and contains no word, but is in the shipped list.
        CheckResult r = PasswordPolicy.defaults().check("maprchem56458".toCharArray());
        assertThat(r.has(ViolationCode.BREACHED) || r.has(ViolationCode.COMMON_PASSWORD)).isTrue();
    }

    @Test
    void importedIndexNamedInAPolicyFile(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("leaked.txt");
        Files.writeString(list, "Zebra-Quartz-71\nOrbital#Fig#22\n");
        BreachIndex.builder(HashKind.NTLM).addPasswords(list).description("trust leak 2026").build(
                dir.resolve("leak.phbi"));
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "extends: ncsc\nmin-length: 8\nbreach-indexes: [leak.phbi]\n");
        PasswordPolicy p = PasswordPolicy.load(policy);
        assertThat(p.settings().breachIndexes()).containsExactly(dir.resolve("leak.phbi").toString());
        CheckResult r = p.check("Orbital#Fig#22".toCharArray());
        assertThat(r.violations()).extracting(Violation::code).containsExactly(ViolationCode.BREACHED);
        assertThat(r.violations().get(0).params()).containsEntry("corpus", "trust leak 2026");
        assertThat(p.check("Orbital#Fig#23".toCharArray()).accepted()).isTrue();
    }

    @Test
    void damagedIndexIsAnIoErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.phbi");
        Files.writeString(bad, "not an index at all, just text that is long enough to have a header".repeat(4));
        assertThatThrownBy(() -> ncsc().breachIndexes(List.of(bad.toString())).build())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(bad.toString());
    }

    @Test
    void onlineCheckSendsOnlyThePrefixAndReportsTheCount() throws Exception {
        String sha1 = HexFormat.of().withUpperCase().formatHex(PasswordHashes.sha1("Tulip!Harbour!88".toCharArray()));
        AtomicInteger requests = new AtomicInteger();
        StringBuilder paths = new StringBuilder();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/range/", exchange -> {
            requests.incrementAndGet();
            paths.append(exchange.getRequestURI().getPath());
            byte[] body = (sha1.substring(5) + ":42\r\n0000000000000000000000000000000000A:0\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            PasswordPolicy p = ncsc().breachIndexes(List.of()).breachOnline(true)
                    .breachApiUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/").build();
            Violation v = p.check("Tulip!Harbour!88".toCharArray()).violations().get(0);
            assertThat(v.code()).isEqualTo(ViolationCode.BREACHED);
            assertThat(v.message()).isEqualTo("has appeared in a data breach (seen 42 times)");
            assertThat(paths.toString()).isEqualTo("/range/" + sha1.substring(0, 5));
        } finally {
            server.stop(0);
        }
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void unreachableApiFailsClosedUnlessConfiguredOpen() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/range/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            PasswordPolicy closed = ncsc().breachIndexes(List.of()).breachOnline(true).breachApiUrl(url).build();
            Violation v = closed.check("Quiet-Lantern-93".toCharArray()).violations().get(0);
            assertThat(v.code()).isEqualTo(ViolationCode.BREACH_CHECK_UNAVAILABLE);
            assertThat(v.message()).isEqualTo("could not be checked against breached passwords (the breach service "
                    + "did not answer); try again later");
            PasswordPolicy open = closed.toBuilder().breachFailOpen(true).build();
            assertThat(open.check("Quiet-Lantern-93".toCharArray()).accepted()).isTrue();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void apiUrlMustBeHttpsOffLoopback() {
        assertThatThrownBy(() -> ncsc().breachApiUrl("http://mirror.example/"))
                .isInstanceOf(PolicyException.class)
                .hasMessage("breach-api-url=http://mirror.example/: must be an https URL (http only to a literal "
                        + "loopback address such as 127.0.0.1 or [::1])");
        for (String url : new String[] {"http://127.evil.example/", "http://localhost.evil/", "http://localhost/",
            "http://127.0.0.1.nip.io/", "ftp://127.0.0.1/"}) {
            assertThatThrownBy(() -> ncsc().breachApiUrl(url)).as(url).isInstanceOf(PolicyException.class)
                    .hasMessageContaining("must be an https URL");
        }
        ncsc().breachApiUrl("http://127.0.0.1:8080/").breachApiUrl("http://[::1]:8080/")
                .breachApiUrl("https://hibp-mirror.school.example/");
    }

    @Test
    void apiUrlWithCredentialsIsRefusedWithoutEchoingThem() {
        for (String url : new String[] {"https://admin:S3cretPw@mirror.example/", "https://S3cretPw@mirror.example/",
            "http://admin:S3cretPw@127.0.0.1:8080/", "https://admin:S3cret Pw@mirror.example/"}) {
            assertThatThrownBy(() -> ncsc().breachApiUrl(url)).as(url).isInstanceOf(PolicyException.class)
                    .hasMessageStartingWith("breach-api-url=")
                    .hasMessageContaining("//***@")
                    .message().doesNotContain("S3cret");
        }
    }
}
