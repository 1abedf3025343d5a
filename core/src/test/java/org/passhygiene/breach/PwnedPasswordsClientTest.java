package org.passhygiene.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passhygiene.crypto.PasswordHashes;

/** Against a loopback server that speaks the range API: padding, ETag/304, mode=ntlm, scripted failures. */
class PwnedPasswordsClientTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private HttpServer server;
    private final Map<String, Long> corpus = new TreeMap<>(); // full upper-case hex -> count
    private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Map<String, List<String>>> requestHeaders = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failuresToSend = new AtomicInteger();
    private final AtomicInteger served304 = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    /** When set, every answer is 200 with this body (sent chunked, without a Content-Length, when chunked). */
    private volatile byte[] scriptedBody;
    private volatile boolean chunked;
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private URI base;

    @BeforeEach
    void start() throws IOException {
        corpus.put(HEX.formatHex(PasswordHashes.sha1("password".toCharArray())), 10_434_004L);
        corpus.put(HEX.formatHex(PasswordHashes.ntlm("password".toCharArray())), 10_434_004L);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(uri.toString());
        requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
        if (failuresToSend.getAndDecrement() > 0) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        if (scriptedBody != null) {
            exchange.sendResponseHeaders(200, chunked ? 0 : scriptedBody.length == 0 ? -1 : scriptedBody.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(scriptedBody);
            } catch (IOException e) {
                // the client hung up on an oversized body
            }
            return;
        }
        if (uri.getPath().startsWith("/moved")) {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort()
                    + uri.getPath().substring("/moved".length()));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        String path = uri.getPath();
        String prefix = path.substring("/range/".length()).toUpperCase();
        boolean ntlm = "mode=ntlm".equals(uri.getQuery());
        int hexLength = ntlm ? 32 : 40;
        String etag = "\"" + prefix + (ntlm ? "-ntlm" : "") + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            served304.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        List<String> lines = new ArrayList<>();
        corpus.forEach((hash, count) -> {
            if (hash.length() == hexLength && hash.startsWith(prefix)) {
                lines.add(hash.substring(5) + ":" + count);
            }
        });
        if ("true".equals(exchange.getRequestHeaders().getFirst("Add-Padding"))) {
            Random random = new Random(prefix.hashCode());
            while (lines.size() < 800) {
                byte[] suffix = new byte[hexLength / 2];
                random.nextBytes(suffix);
                lines.add(HEX.formatHex(suffix).substring(5) + ":0");
            }
            Collections.sort(lines);
        }
        byte[] body = String.join("\r\n", lines).getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().add("ETag", etag);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private PwnedPasswordsClient.Builder client() {
        Ticker ticker = now::get;
        return PwnedPasswordsClient.builder().baseUri(base).userAgent("passhygiene-test")
                .retries(2, Duration.ofMillis(5)).ticker(ticker).problems(problems::add);
    }

    @Test
    void findsABreachedPasswordSendingOnlyTheFivePrefix() {
        PwnedPasswordsClient client = client().build();
        assertThat(client.check("password".toCharArray(), HashKind.SHA1))
                .isEqualTo(new BreachResult(BreachResult.Outcome.FOUND, 10_434_004L, 10_434_004L));
        assertThat(client.check("correct horse battery staple xyz".toCharArray(), HashKind.SHA1))
                .isEqualTo(BreachResult.NOT_FOUND);
        String pwPrefix = HEX.formatHex(PasswordHashes.sha1("password".toCharArray())).substring(0, 5);
        assertThat(requests).hasSize(2).first().isEqualTo("/range/" + pwPrefix);
        assertThat(requests).allMatch(r -> r.matches("/range/[0-9A-F]{5}"));
        Map<String, List<String>> headers = requestHeaders.peek();
        assertThat(headers.get("Add-padding")).containsExactly("true");
        assertThat(headers.get("User-agent")).containsExactly("passhygiene-test");
        assertThat(headers).doesNotContainKey("If-none-match");
    }

    @Test
    void paddingLinesWithCountZeroAreNotMatches() {
        String hex = HEX.formatHex(PasswordHashes.sha1("password".toCharArray()));
        PwnedPasswordsClient client = client().build();
        // every padding suffix the server sends for this prefix must come back NOT_FOUND
        Random random = new Random(hex.substring(0, 5).hashCode());
        for (int i = 0; i < 50; i++) {
            byte[] suffix = new byte[20];
            random.nextBytes(suffix);
            String padded = hex.substring(0, 5) + HEX.formatHex(suffix).substring(5);
            if (!padded.equals(hex)) {
                assertThat(client.lookup(HEX.parseHex(padded), HashKind.SHA1).found()).isFalse();
            }
        }
    }

    @Test
    void ntlmUsesModeNtlm() {
        PwnedPasswordsClient client = client().build();
        assertThat(client.check("password".toCharArray(), HashKind.NTLM).found()).isTrue();
        assertThat(requests).containsExactly("/range/8846F?mode=ntlm");
    }

    @Test
    void cachedRangesAreReusedThenRevalidatedWithTheEtag() {
        PwnedPasswordsClient client = client().cacheAges(Duration.ofMinutes(10), Duration.ofHours(1)).build();
        client.check("password".toCharArray(), HashKind.SHA1);
        client.check("password".toCharArray(), HashKind.SHA1);
        assertThat(requests).hasSize(1);
        now.addAndGet(Duration.ofMinutes(11).toNanos());
        assertThat(client.check("password".toCharArray(), HashKind.SHA1).found()).isTrue();
        assertThat(requests).hasSize(2);
        assertThat(served304).hasValue(1);
        assertThat(requestHeaders).last().satisfies(h -> assertThat(h.get("If-none-match")).containsExactly(
                "\"5BAA6\""));
        client.check("password".toCharArray(), HashKind.SHA1);
        assertThat(requests).hasSize(2);
    }

    @Test
    void retriesAfter503() {
        failuresToSend.set(2);
        PwnedPasswordsClient client = client().build();
        assertThat(client.check("password".toCharArray(), HashKind.SHA1).found()).isTrue();
        assertThat(requests).hasSize(3);
    }

    @Test
    void failsClosedByDefaultAndOpenWhenConfigured() {
        failuresToSend.set(100);
        assertThat(client().build().check("password".toCharArray(), HashKind.SHA1))
                .isEqualTo(BreachResult.UNAVAILABLE);
        assertThat(requests).hasSize(3);
        assertThat(client().failOpen(true).build().check("password".toCharArray(), HashKind.SHA1).outcome())
                .isEqualTo(BreachResult.Outcome.NOT_CHECKED);
    }

    @Test
    void unreachableServerIsUnavailable() {
        server.stop(0);
        PwnedPasswordsClient client = client().connectTimeout(Duration.ofMillis(500)).build();
        assertThat(client.check("password".toCharArray(), HashKind.SHA1).outcome())
                .isEqualTo(BreachResult.Outcome.UNAVAILABLE);
    }

    @Test
    void staleRangeIsUsedWhenTheApiIsDown() {
        PwnedPasswordsClient client = client().cacheAges(Duration.ofMinutes(10), Duration.ofHours(1)).build();
        client.check("password".toCharArray(), HashKind.SHA1);
        now.addAndGet(Duration.ofMinutes(30).toNanos());
        failuresToSend.set(100);
        assertThat(client.check("password".toCharArray(), HashKind.SHA1).found()).isTrue();
        now.addAndGet(Duration.ofHours(2).toNanos());
        assertThat(client.check("password".toCharArray(), HashKind.SHA1).outcome())
                .isEqualTo(BreachResult.Outcome.UNAVAILABLE);
    }

    // --- what is trusted (issue #9 case 12) ---------------------------------------------------------------------

    @Test
    void httpOnlyToALiteralLoopbackAddress() {
        for (String url : List.of("http://127.evil.example/", "http://localhost.evil/", "http://localhost/",
                "http://127.0.0.1.nip.io/", "http://10.0.0.1/", "http://[::2]/", "http://256.0.0.1/",
                "http://0x7f.0.0.1/", "ftp://127.0.0.1/", "https://user:secret@api.example/", "/range/",
                "http://127.0.0.1:99999/")) {
            assertThatThrownBy(() -> PwnedPasswordsClient.builder().baseUri(URI.create(url))).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("must be an ")
                    .hasMessageNotContaining("secret");
        }
        for (String url : List.of("https://api.pwnedpasswords.com/", "https://mirror.school.example:8443/hibp/",
                "http://127.0.0.1:8080/", "http://127.1.2.3/", "http://[::1]:8080/", "HTTP://127.0.0.1/")) {
            assertThat(PwnedPasswordsClient.checkBaseUri(URI.create(url))).as(url).hasToString(url);
        }
    }

    @Test
    void emptyResponseIsUnavailableNotNotFound() {
        scriptedBody = new byte[0];
        assertThat(client().build().check("correct horse battery staple xyz".toCharArray(), HashKind.SHA1))
                .isEqualTo(BreachResult.UNAVAILABLE);
        assertThat(requests).hasSize(3);
        assertThat(problems).hasSize(3).allMatch(p -> p.equals("Pwned Passwords range API " + base
                + ": empty range response (0 bytes, no SUFFIX:COUNT line)"));
        scriptedBody = "\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(client().failOpen(true).build().check("x".toCharArray(), HashKind.SHA1).outcome())
                .isEqualTo(BreachResult.Outcome.NOT_CHECKED);
    }

    @Test
    void malformedResponseIsUnavailable() {
        String pw = HEX.formatHex(PasswordHashes.sha1("password".toCharArray())).substring(5);
        for (String body : List.of("<html><body>Captive portal: please log in</body></html>",
                pw + ":10\r\nZZZZ", pw + ":-3", pw + ":ten", pw, pw + "0:3", pw.substring(1) + ":3")) {
            scriptedBody = body.getBytes(StandardCharsets.UTF_8);
            problems.clear();
            assertThat(client().retries(0, Duration.ofMillis(1)).build().check("password".toCharArray(),
                    HashKind.SHA1)).as(body).isEqualTo(BreachResult.UNAVAILABLE);
            assertThat(problems).as(body).singleElement().asString().startsWith("Pwned Passwords range API " + base
                    + ": malformed range response, line ").doesNotContain(pw).doesNotContain("5BAA6");
        }
        scriptedBody = (pw + ":10\r\n" + "0".repeat(35) + ":0").getBytes(StandardCharsets.US_ASCII);
        assertThat(client().build().check("password".toCharArray(), HashKind.SHA1).minCount()).isEqualTo(10);
    }

    @Test
    void oversizedResponseIsCutOffAndUnavailable() {
        byte[] big = ("0".repeat(35) + ":0\r\n").repeat(60_000).getBytes(StandardCharsets.US_ASCII); // 2.4 MB
        for (boolean withoutLength : new boolean[] {false, true}) {
            scriptedBody = big;
            chunked = withoutLength;
            problems.clear();
            assertThat(client().retries(0, Duration.ofMillis(1)).build().check("password".toCharArray(),
                    HashKind.SHA1)).isEqualTo(BreachResult.UNAVAILABLE);
            assertThat(problems).singleElement().asString().isEqualTo("Pwned Passwords range API " + base
                    + ": range response larger than the 2 MiB limit (" + (withoutLength ? "more than 2097152 bytes"
                    : big.length + " bytes declared") + ")");
        }
    }

    @Test
    void redirectsAreNotFollowed() {
        base = URI.create(base + "moved/");
        assertThat(client().build().check("password".toCharArray(), HashKind.SHA1))
                .isEqualTo(BreachResult.UNAVAILABLE);
        assertThat(requests).hasSize(1);
        assertThat(problems).containsExactly("Pwned Passwords range API " + base + " answered HTTP 302");
    }
}
