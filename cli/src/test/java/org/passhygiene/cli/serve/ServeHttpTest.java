package org.passhygiene.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passhygiene.Account;
import org.passhygiene.PasswordPolicy;
import org.passhygiene.breach.BreachIndex;
import org.passhygiene.breach.BreachResult;
import org.passhygiene.breach.HashKind;

/** Black-box over real HTTP on an ephemeral loopback port: ranges, check, policy, limits, token. */
class ServeHttpTest {

    static final String TOKEN = "test-token-0123456789abcdefghij";
    static final Map<String, Long> BREACHED = new LinkedHashMap<>();

    static {
        BREACHED.put("Tr0ub4dor&3-staffroom", 3L);
        BREACHED.put("Autumn-Term-2026!", 1_234L);
        BREACHED.put("correct horse battery staple", 250_000L);
    }

    @TempDir
    static Path dir;
    static Map<String, Map<String, Long>> sha1Ranges;
    static Map<String, Map<String, Long>> ntlmRanges;
    static BreachIndex index;
    static PasswordPolicy policy;
    static PasshygieneServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        sha1Ranges = RangeFixture.write(dir.resolve("sha1"), HashKind.SHA1, BREACHED);
        ntlmRanges = RangeFixture.write(dir.resolve("ntlm"), HashKind.NTLM, BREACHED);
        BreachIndex.builder(HashKind.SHA1).addHashes(dir.resolve("sha1")).build(dir.resolve("sha1.phbi"));
        index = BreachIndex.open(dir.resolve("sha1.phbi"));
        policy = PasswordPolicy.builder("aup").breachIndexes(List.of(dir.resolve("sha1.phbi").toString())).build();
        server = PasshygieneServer.builder(policy).listen(new InetSocketAddress("127.0.0.1", 0))
                .rangeDirectory(HashKind.SHA1, dir.resolve("sha1")).rangeDirectory(HashKind.NTLM, dir.resolve("ntlm"))
                .token(TOKEN).maxBodyBytes(1024).start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
        policy.close();
        index.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String[] auth() {
        return new String[] {"Authorization", "Bearer " + TOKEN, "Content-Type", "application/json"};
    }

    /** The exact bytes HIBP sends: sorted upper-case SUFFIX:COUNT lines joined by CRLF. */
    @Test
    void rangeIsTheDirectoryInTheRangeApiShapeAndAgreesWithTheIndex() throws Exception {
        for (Map.Entry<String, Map<String, Long>> r : sha1Ranges.entrySet()) {
            HttpResponse<String> response = get("range/" + r.getKey());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
            List<String> expected = new ArrayList<>();
            r.getValue().forEach((suffix, count) -> expected.add(suffix + ":" + count));
            assertThat(response.body()).isEqualTo(String.join("\r\n", expected));
            for (String line : response.body().split("\r\n")) {
                assertThat(line).matches("[0-9A-F]{35}:[1-9][0-9]*");
                // every suffix the service lists is a member of the index built from the same directory
                byte[] hash = RangeFixture.HEX.parseHex(r.getKey() + line.substring(0, 35));
                assertThat(index.lookup(hash).found()).isTrue();
            }
        }
        // the members, with their own counts
        for (Map.Entry<String, Long> p : BREACHED.entrySet()) {
            String h = RangeFixture.hex(HashKind.SHA1, p.getKey());
            assertThat(get("range/" + h.substring(0, 5)).body().split("\r\n"))
                    .contains(h.substring(5) + ":" + p.getValue());
        }
        // a non-member: not listed, and not in the index
        String h = RangeFixture.hex(HashKind.SHA1, "never-breached-9f8e7d");
        assertThat(get("range/" + h.substring(0, 5)).body()).doesNotContain(h.substring(5));
        assertThat(index.lookup(RangeFixture.HEX.parseHex(h)).outcome()).isEqualTo(BreachResult.Outcome.NOT_FOUND);
    }

    @Test
    void everyValidPrefixAnswers200EvenWithoutAFileAndInLowerCase() throws Exception {
        String empty = "00000".equals(sha1Ranges.keySet().iterator().next()) ? "FFFFF" : "00000";
        HttpResponse<String> response = get("range/" + empty);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        String prefix = sha1Ranges.keySet().iterator().next();
        assertThat(get("range/" + prefix.toLowerCase()).body()).isEqualTo(get("range/" + prefix).body());
    }

    @Test
    void paddingFillsTo800To1000SortedLinesWithCountZero() throws Exception {
        String prefix = sha1Ranges.keySet().iterator().next();
        HttpResponse<String> response = get("range/" + prefix, "Add-Padding", "true");
        String[] lines = response.body().split("\r\n", -1);
        assertThat(lines.length).isBetween(800, 1000);
        List<String> real = new ArrayList<>();
        Set<String> suffixes = new HashSet<>();
        for (String line : lines) {
            assertThat(line).matches("[0-9A-F]{35}:[0-9]+");
            assertThat(suffixes.add(line.substring(0, 35))).as("suffixes are unique").isTrue();
            if (!line.endsWith(":0")) {
                real.add(line);
            }
        }
        assertThat(lines).isSorted();
        assertThat(String.join("\r\n", real)).isEqualTo(get("range/" + prefix).body());
        // padding differs between responses, as the public API's does
        assertThat(get("range/" + prefix, "Add-Padding", "true").body()).isNotEqualTo(response.body());
    }

    @Test
    void ntlmModeServesTheNtlmDirectoryWith27HexSuffixes() throws Exception {
        for (Map.Entry<String, Long> p : BREACHED.entrySet()) {
            String h = RangeFixture.hex(HashKind.NTLM, p.getKey());
            HttpResponse<String> response = get("range/" + h.substring(0, 5) + "?mode=ntlm");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().split("\r\n")).contains(h.substring(5) + ":" + p.getValue())
                    .allMatch(l -> l.matches("[0-9A-F]{27}:[1-9][0-9]*"));
        }
        assertThat(get("range/00000?mode=md5").statusCode()).isEqualTo(400);
    }

    @Test
    void aMalformedRangeFileIs500WithoutDetailForTheClient() throws Exception {
        String prefix = "EEEEE";
        assertThat(sha1Ranges).doesNotContainKey(prefix);
        java.nio.file.Files.writeString(dir.resolve("sha1").resolve(prefix + ".txt"), "not a range line\r\n");
        HttpResponse<String> response = get("range/" + prefix);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"error\":\"the range file is unreadable (see the service log)\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD", "ABCDEF", "GHIJK", "ABCD%20", "%EF%BC%91BCDE", "AB%00CD", "ABCDE/F", "-1234"})
    void malformedPrefixesAre400(String prefix) throws Exception {
        HttpResponse<String> response = get("range/" + prefix);
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void checkAnswersLikeCheckFormatJsonAndNeverEchoesThePassword() throws Exception {
        for (String password : List.of("Autumn-Term-2026!", "xK#9vq!Lp2@zR7", "sunshine", "Ünïcødé 🔑 pässwörd")) {
            String body = "{\"password\":" + json(password) + ",\"user\":\"jsmith\",\"fullName\":\"Jane Smith\","
                    + "\"organisation\":\"Hill School\",\"system\":\"ad\",\"roles\":[\"slt\"]}";
            HttpResponse<String> response = post("v1/check", body, auth());
            assertThat(response.statusCode()).isEqualTo(200);
            Account account = Account.of("jsmith").withFullName("Jane Smith").withOrganisation("Hill School")
                    .withSystem("ad").withRoles(Set.of("slt"));
            assertThat(response.body()).isEqualTo(ResultJson.result(0, policy.check(password.toCharArray(),
                    account)));
            assertThat(response.body()).doesNotContain(password);
        }
        HttpResponse<String> breached = post("v1/check", "{\"password\":\"Autumn-Term-2026!\"}", auth());
        assertThat(breached.body()).contains("\"code\":\"BREACHED\"").startsWith("{\"accepted\":false,");
        assertThat(post("v1/check", "{\"password\":\"xK#9vq!Lp2@zR7\"}", auth()).body())
                .isEqualTo("{\"accepted\":true,\"violations\":[]}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"user\":\"x\"}", "{\"password\":42}", "{\"password\":\"a\",\"pasword\":1}",
        "{\"password\":\"a\"} trailing", "{\"password\":\"a\",\"roles\":\"slt\"}", "{\"password\":\"a\""})
    void badCheckBodiesAre400WithAReason(String body) throws Exception {
        HttpResponse<String> response = post("v1/check", body, auth());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"error\":\"");
    }

    @Test
    void oversizeBodiesAre413DeclaredOrStreamed() throws Exception {
        String big = "{\"password\":\"" + "a".repeat(2000) + "\"}";
        assertThat(post("v1/check", big, auth()).statusCode()).isEqualTo(413);
        // chunked: no Content-Length, the limit is found while reading
        HttpRequest chunked = HttpRequest.newBuilder(server.uri().resolve("v1/check")).headers(auth())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> response = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("{\"error\":\"the body is larger than the 1024-byte limit\"}");
    }

    @Test
    void v1NeedsTheTokenRangeAndHealthDoNot() throws Exception {
        HttpResponse<String> missing = post("v1/check", "{\"password\":\"x\"}");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"passhygiene\"");
        assertThat(post("v1/check", "{\"password\":\"x\"}", "Authorization", "Bearer wrong-token-0123456789abcdefg")
                .statusCode()).isEqualTo(401);
        assertThat(get("v1/policy", "Authorization", "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(get("v1/policy", "Authorization", "Basic " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(get("v1/policy").statusCode()).isEqualTo(401);
        assertThat(get("v1/policy", auth()).statusCode()).isEqualTo(200);
        assertThat(get("range/00000").statusCode()).isEqualTo(200);
        assertThat(get("healthz").body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void policyIsTheEffectivePolicyAsJson() throws Exception {
        HttpResponse<String> response = get("v1/policy", auth());
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).isEqualTo(ResultJson.policy(policy.settings()))
                .startsWith("{\"extends\":\"aup\",\"name\":")
                .contains("\"min-length\":" + policy.settings().minLength() + ",")
                .contains("\"breach-indexes\":[" + json(dir.resolve("sha1.phbi").toString()) + "]");
    }

    /** One raw HTTP/1.1 exchange: the status line and headers (without Date), and the bytes after them. */
    record Raw(List<String> head, String body) {
    }

    static Raw raw(String method, String target) throws Exception {
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = all.indexOf("\r\n\r\n");
            List<String> head = all.substring(0, end).lines().filter(l -> !l.startsWith("Date:")).toList();
            return new Raw(head, all.substring(end + 4));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/range/%s", "/range/%s?mode=ntlm", "/range/%S", "/range/ZZZZZ", "/healthz"})
    void headOnARangeIsGetWithoutTheBody(String shape) throws Exception {
        String prefix = (shape.endsWith("ntlm") ? ntlmRanges : sha1Ranges).keySet().iterator().next()
                .toLowerCase(java.util.Locale.ROOT);
        String target = shape.formatted(prefix);
        Raw get = raw("GET", target);
        Raw head = raw("HEAD", target);
        assertThat(get.body()).isNotEmpty();
        assertThat(head.head()).as("status line and headers of the GET").isEqualTo(get.head())
                .contains("Content-Length: " + get.body().length());
        assertThat(head.body()).as("no body").isEmpty();
    }

    @Test
    void headersAreMinimalAndMethodsChecked() throws Exception {
        HttpResponse<String> response = get("healthz");
        assertThat(response.headers().map().keySet()).doesNotContain("server", "x-powered-by");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> post = post("range/00000", "");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(get("v1/check", auth()).statusCode()).isEqualTo(405);
        assertThat(get("nothing-here").statusCode()).isEqualTo(404);
        // a request line or headers past 8 KiB: Jetty's own 431, as a short JSON error
        HttpResponse<String> huge = get("healthz", "X-Filler", "x".repeat(10_000));
        assertThat(huge.statusCode()).isEqualTo(431);
        assertThat(huge.body()).doesNotContain("<html").doesNotContain("jetty");
    }

    @Test
    void generateGivesAPasswordThePolicyAcceptsForTheAccount() throws Exception {
        HttpResponse<String> random = post("v1/generate", "{\"user\":\"jsmith\",\"fullName\":\"Jane Smith\"}",
                auth());
        assertThat(random.statusCode()).isEqualTo(200);
        assertThat(random.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(random.body()).matches("\\{\"password\":\".+\",\"entropyBits\":[0-9.]+,\"attempts\":[0-9]+}");
        String password = field(random.body(), "password");
        assertThat(password).hasSizeGreaterThanOrEqualTo(14);
        assertThat(policy.check(password.toCharArray(), Account.of("jsmith").withFullName("Jane Smith")).accepted())
                .isTrue();
        HttpResponse<String> phrase = post("v1/generate", "{\"mode\":\"passphrase\",\"words\":4,"
                + "\"separator\":\"-\",\"capitalise\":true}", auth());
        assertThat(phrase.statusCode()).isEqualTo(200);
        assertThat(field(phrase.body(), "password").split("-")).hasSize(4)
                .allMatch(w -> Character.isUpperCase(w.charAt(0)));
        // no body at all: the defaults
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(server.uri().resolve("v1/generate"))
                .headers(auth()).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(field(none.body(), "password")).isNotEqualTo(password);
    }

    @Test
    void generateRefusesImpossibleAndBadOptions() throws Exception {
        HttpResponse<String> impossible = post("v1/generate", "{\"length\":4}", auth());
        assertThat(impossible.statusCode()).isEqualTo(422);
        assertThat(impossible.body()).startsWith("{\"error\":\"").contains("min-length");
        assertThat(post("v1/generate", "{\"mode\":\"passphrase\",\"length\":20}", auth()).body())
                .isEqualTo("{\"error\":\"length applies to random mode; a passphrase's length is set by words\"}");
        assertThat(post("v1/generate", "{\"words\":99,\"mode\":\"passphrase\"}", auth()).statusCode())
                .isEqualTo(400);
        assertThat(post("v1/generate", "{\"mode\":\"pin\"}", auth()).statusCode()).isEqualTo(400);
        assertThat(post("v1/generate", "{\"length\":1.5}", auth()).statusCode()).isEqualTo(400);
        assertThat(post("v1/generate", "{}").statusCode()).isEqualTo(401);
    }

    /** A string field of a flat JSON object, unescaped. */
    static String field(String json, String name) throws Exception {
        try (com.fasterxml.jackson.core.JsonParser p = ResultJson.JSON.createParser(json)) {
            for (var t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && p.currentName().equals(name)) {
                    p.nextToken();
                    return p.getText();
                }
            }
        }
        throw new AssertionError(name + " not in " + json);
    }

    static String json(String s) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s))
                + "\"";
    }
}
