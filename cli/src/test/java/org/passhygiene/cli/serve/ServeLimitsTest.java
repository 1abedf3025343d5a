package org.passhygiene.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.passhygiene.PasswordPolicy;

/** Rate limiting per client address: a token bucket, 429 with Retry-After when it is empty. */
class ServeLimitsTest {

    @Test
    void theBucketEmptiesAndRefillsAtTheRate() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(2, 3, now::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
        assertThat(limiter.acquire("b")).as("another address has its own bucket").isZero();
        now.addAndGet(500_000_000L); // half a second at 2/s: one token
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1);
        now.addAndGet(60_000_000_000L); // a minute: full again, never more than the burst
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.acquire("a")).isEqualTo(1);
        RateLimiter slow = new RateLimiter(0.1, 1, now::get);
        assertThat(slow.acquire("c")).isZero();
        assertThat(slow.acquire("c")).as("ten seconds to the next token").isEqualTo(10);
    }

    @Test
    void overHttpTheThirdRequestIs429WithRetryAfter() throws Exception {
        try (PasswordPolicy policy = PasswordPolicy.builder("aup").build();
             PasshygieneServer server = PasshygieneServer.builder(policy)
                     .listen(new InetSocketAddress("127.0.0.1", 0)).rateLimit(0.5, 2).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("v1/policy")).build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            HttpResponse<String> limited = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValueAsLong("Retry-After").orElse(0)).isBetween(1L, 2L);
            // health checks are never limited
            HttpRequest health = HttpRequest.newBuilder(server.uri().resolve("healthz")).build();
            assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void bodiesTrickledInOnManyConnectionsDoNotStarveOtherRequests() throws Exception {
        try (PasswordPolicy policy = PasswordPolicy.builder("aup").build();
             PasshygieneServer server = PasshygieneServer.builder(policy)
                     .listen(new InetSocketAddress("127.0.0.1", 0)).start()) {
            // more stalled bodies than the service has threads (64), all within one client's burst
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 80; i++) {
                    Socket socket = new Socket("127.0.0.1", server.port());
                    stalled.add(socket);
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 5000\r\n\r\n{\"password\":\"").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest check = HttpRequest.newBuilder(server.uri().resolve("v1/check"))
                        .timeout(Duration.ofSeconds(15))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"x\"}")).build();
                // before the fix each stalled body held a thread until the 30 s idle timeout: this timed out
                assertThat(http.send(check, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }
}
